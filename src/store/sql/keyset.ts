/**
 * Paging by keyset: the rows after a given row in a list's order (day newest first, undated last;
 * article newest first; place in the text; id), as conditions an index range can serve, so a page
 * at any depth reads as little as the first. The dated rows after a row and the undated ones are two
 * conditions, each a range of the list's index: a dialect reads the first, then the second while its
 * page is not full (one condition joined by OR would be a filter on the whole index).
 */
import type { PagePosition } from '../store.js';
import { Where } from './where.js';

/** Where a row stands in its list's order, as stored: its day, its article's row id, its place and its own row id. */
export interface Keyset {
  day: string | null;
  article: number;
  /** Absent for a list of articles. */
  place?: number;
  row?: number;
}

/** A condition with its parameters. */
export interface Condition {
  sql: string;
  params: unknown[];
}

/** The columns of a list's order: `day`, `article` (its row id), and for quotes and events `place` and `row`. */
export interface OrderColumns {
  day: string;
  article: string;
  place?: string;
  row?: string;
}

/** Columns of the quotes `q`, the events `e` and the articles `a` in their lists' order. */
export const QUOTE_ORDER: OrderColumns = { day: 'q.day', article: 'q.article_id', place: 'q.start', row: 'q.id' };
export const EVENT_ORDER: OrderColumns = { day: 'e.day', article: 'e.article_id', place: 'e.trigger_start', row: 'e.id' };
export const ARTICLE_ORDER: OrderColumns = { day: 'a.day', article: 'a.id' };

// Within one article: the rows after k's place and id (none for a list of articles, one row per article).
function laterInArticle(columns: OrderColumns, k: Keyset): Condition | null {
  if (columns.place === undefined || columns.row === undefined || k.place === undefined || k.row === undefined) return null;
  return { sql: `(${columns.place}, ${columns.row}) > (?, ?)`, params: [k.place, k.row] };
}

// The rows of one day class (a day, or none) after k: a newer article, or k's article and later in it.
function sameDayClass(columns: OrderColumns, k: Keyset, dayTest: Condition): Condition {
  const later = laterInArticle(columns, k);
  if (later === null) return { sql: `${dayTest.sql} AND ${columns.article} < ?`, params: [...dayTest.params, k.article] };
  return {
    sql: `${dayTest.sql} AND ${columns.article} <= ? AND (${columns.article} < ? OR ${later.sql})`,
    params: [...dayTest.params, k.article, k.article, ...later.params],
  };
}

/** The conditions for the rows after `k`: among dated rows (null when k is undated: none follow), then among undated ones. */
export function afterConditions(columns: OrderColumns, k: Keyset): { dated: Condition | null; undated: Condition } {
  if (k.day === null) return { dated: null, undated: sameDayClass(columns, k, { sql: `${columns.day} IS NULL`, params: [] }) };
  const later = laterInArticle(columns, k);
  // (day, article) as one row value: the range of the index in the list's order starts at k's article.
  const bound = later === null ? '<' : '<=';
  const dated: Condition = {
    sql: `(${columns.day}, ${columns.article}) ${bound} (?, ?)${later === null ? '' : ` AND NOT (${columns.day} = ? AND ${columns.article} = ? AND NOT ${later.sql})`}`,
    params: later === null ? [k.day, k.article] : [k.day, k.article, k.day, k.article, ...later.params],
  };
  return { dated, undated: { sql: `${columns.day} IS NULL`, params: [] } };
}

/** The rows after `k` as one condition: for reads that filter rather than walk the list's index. */
export function afterCondition(columns: OrderColumns, k: Keyset): Condition {
  const { dated, undated } = afterConditions(columns, k);
  if (dated === null) return undated;
  return { sql: `((${dated.sql}) OR (${undated.sql}))`, params: [...dated.params, ...undated.params] };
}

/**
 * A page after `k` (from the start when k is null): `read` gives the rows of the list meeting a
 * condition (null: none), at most `limit` (null: all), in the list's order. Dated rows first, then
 * undated ones while the page is not full.
 */
export function pageAfter<T>(columns: OrderColumns, k: Keyset | null, limit: number | null, read: (condition: Condition | null) => T[]): T[] {
  if (k === null) return read(null);
  const { dated, undated } = afterConditions(columns, k);
  const rows = dated === null ? [] : read(dated);
  if (limit !== null && rows.length >= limit) return rows;
  return [...rows, ...read(undated)].slice(0, limit ?? undefined);
}

/** As `pageAfter`, for a dialect whose reads are asynchronous. */
export async function pageAfterAsync<T>(columns: OrderColumns, k: Keyset | null, limit: number | null, read: (condition: Condition | null) => Promise<T[]>): Promise<T[]> {
  if (k === null) return read(null);
  const { dated, undated } = afterConditions(columns, k);
  const rows = dated === null ? [] : await read(dated);
  if (limit !== null && rows.length >= limit) return rows;
  return [...rows, ...(await read(undated))].slice(0, limit ?? undefined);
}

/** `where` and, when given, one condition more: a new Where, `where` left as it was. */
export function withCondition(where: Where, condition: Condition | null): Where {
  const extended = new Where();
  extended.parts.push(...where.parts);
  extended.params.push(...where.params);
  if (condition !== null) extended.add(condition.sql, ...condition.params);
  return extended;
}

/** The list a position is looked up in. */
export type PositionList = 'quotes' | 'events' | 'articles';

/** SQL that finds where a position's row stands (parameters: the article's key, then for quotes and events the row's id in its article). */
export const POSITION_SQL: Record<PositionList, string> = {
  articles: 'SELECT a.id AS article, a.day AS day FROM articles a WHERE a.key = ?',
  quotes: "SELECT a.id AS article, a.day AS day, q.start AS place, q.id AS row_id FROM articles a JOIN quotes q ON q.article_id = a.id AND q.layer = 'quote' AND q.local_id = ? WHERE a.key = ?",
  events: 'SELECT a.id AS article, a.day AS day, e.trigger_start AS place, e.id AS row_id FROM articles a JOIN events e ON e.article_id = a.id AND e.local_id = ? WHERE a.key = ?',
};

/** The parameters of POSITION_SQL for a position. */
export function positionParams(list: PositionList, position: PagePosition): unknown[] {
  return list === 'articles' ? [position.article] : [position.id ?? '', position.article];
}

/** A Keyset from POSITION_SQL's row; null when there was none (the row is no longer stored). */
export function keysetOf(row: Record<string, unknown> | undefined): Keyset | null {
  if (row === undefined) return null;
  const day = typeof row['day'] === 'string' ? row['day'] : null;
  const base: Keyset = { day, article: Number(row['article']) };
  return row['place'] === undefined ? base : { ...base, place: Number(row['place']), row: Number(row['row_id']) };
}
