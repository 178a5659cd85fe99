/**
 * The rows of a page of quotes or events read in full, once the page's ids are chosen. Each article
 * of the page is read once, however many of its quotes or events the page holds: a speaker's latest
 * 20 quotes come from about 9 articles on the bench store, a month's first 20 from about 5, and each
 * row joined to its article had the driver hand over its six columns again (a value is an API call
 * and a string) and SQLite walk the articles' B-tree again.
 */
import type Database from 'better-sqlite3';
import type { ActorRef, ArticleRef, EventHit, QuoteHit } from '../store.js';
import type { QuoteRecord } from '../../doc/record.js';
import { actorColumns, actorRef, ARTICLE_COLUMNS, articleRef, eventRecord, num, quoteRecord, recordColumns, type Row } from '../sql/rows.js';
import { packedRowsOf } from './statements.js';

/** The articles with these ids, each read once; a hit shares its article's ref with the page's other hits there. */
export function articleRefs(db: Database.Database, ids: readonly number[]): Map<number, ArticleRef> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const rows = packedRowsOf(db, `a.id AS id, ${ARTICLE_COLUMNS}`, 'FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))', JSON.stringify(distinct));
  return new Map(rows.map((row) => [num(row['id']), articleRef(row)]));
}

const QUOTE_COLUMNS = recordColumns('quotes', 'q');
const EVENT_COLUMNS = `${recordColumns('events', 'e')}, e.article_id AS article_id`;

/**
 * The quotes with these keys (their `id` and `article_id`) as hits, in the keys' order. `speaker`: the
 * one actor every quote of the page is known to be by (an actor's own list), read from no row.
 */
export function quoteHits(db: Database.Database, keys: readonly Row[], speaker?: ActorRef): QuoteHit[] {
  if (keys.length === 0) return [];
  const articles = articleRefs(db, keys.map((key) => num(key['article_id'])));
  const ids = JSON.stringify(keys.map((key) => num(key['id'])));
  const rows =
    speaker === undefined
      ? packedRowsOf(db, `${QUOTE_COLUMNS}, ${actorColumns('ac', 'ac_')}`, 'FROM quotes q LEFT JOIN actors ac ON ac.id = q.actor_id WHERE q.id IN (SELECT value FROM json_each(?))', ids)
      : packedRowsOf(db, QUOTE_COLUMNS, 'FROM quotes q WHERE q.id IN (SELECT value FROM json_each(?))', ids);
  const byId = new Map(rows.map((row) => [num(row['id']), row]));
  return keys.flatMap((key): QuoteHit[] => {
    const row = byId.get(num(key['id']));
    const article = articles.get(num(key['article_id']));
    if (row === undefined || article === undefined) return [];
    return [{ article, quote: quoteRecord(row) as QuoteRecord, actor: speaker ?? actorRef(row, 'ac_') }];
  });
}

/** The events with these ids as hits, in the ids' order. */
export function eventHits(db: Database.Database, ids: readonly number[]): EventHit[] {
  if (ids.length === 0) return [];
  const rows = packedRowsOf(
    db,
    `${EVENT_COLUMNS}, ${actorColumns('s', 's_')}, ${actorColumns('t', 't_')}`,
    'FROM events e LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id WHERE e.id IN (SELECT value FROM json_each(?))',
    JSON.stringify(ids),
  );
  const articles = articleRefs(db, rows.map((row) => num(row['article_id'])));
  const byId = new Map(rows.map((row) => [num(row['id']), row]));
  return ids.flatMap((id): EventHit[] => {
    const row = byId.get(id);
    const article = row === undefined ? undefined : articles.get(num(row['article_id']));
    if (row === undefined || article === undefined) return [];
    return [{ article, event: eventRecord(row), sourceActor: actorRef(row, 's_'), targetActor: actorRef(row, 't_') }];
  });
}
