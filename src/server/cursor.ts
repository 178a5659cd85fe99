/**
 * Paging cursors: `after=` names how far into one query's list the next page starts: its offset and,
 * for articles, quotes and events, the row it follows (that row's article key and id), which the store
 * finds by index however deep the page (the offset places it when that row is gone). A cursor carries
 * a check over its position and the query it belongs to, so that an altered cursor, or one taken from
 * another query, is a 400 rather than a page of something else. It holds no secret and expires never:
 * a `next` link works as long as the list does, after a restart too.
 */
import { createHash } from 'node:crypto';
import type { PagePosition } from '../store/store.js';
import { HttpError } from './http.js';

/** Parameters that do not change which rows a list holds: paging itself, and tracking tags. */
export const PAGING = new Set(['limit', 'offset', 'after']);

/** Tracking parameters added by sites and mail clients; ignored on every route. */
export function isTracking(name: string): boolean {
  return /^utm_/i.test(name) || ['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', '_ga'].includes(name.toLowerCase());
}

// What the list is: its path and its filters, in a canonical order.
function scope(path: string, search: URLSearchParams): string {
  const filters = [...search.entries()].filter(([name]) => !PAGING.has(name) && !isTracking(name)).sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  return `${path}?${new URLSearchParams(filters).toString()}`;
}

// A cursor without a row (an offset alone) is checked as before rows were added, so older links still work.
const check = (offset: number, row: string, where: string): string => createHash('sha256').update(row === '' ? `${offset}|${where}` : `${offset}|${row}|${where}`).digest('base64url').slice(0, 10);

/** The longest cursor taken: an article's key is at most a URL or an id and a source. */
export const MAX_CURSOR = 4096;

/** Where a page starts: its offset, and the row it follows when the list names its rows. */
export interface Cursor {
  offset: number;
  after?: PagePosition;
}

/** The cursor of the row at `offset` of the list at `path` with these parameters, after the row `after` when given. */
export function encodeCursor(offset: number, path: string, search: URLSearchParams, after?: PagePosition): string {
  const row = after === undefined ? '' : Buffer.from(JSON.stringify(after.id === undefined ? [after.article] : [after.article, after.id])).toString('base64url');
  return `${offset.toString(36)}.${check(offset, row, scope(path, search))}${row === '' ? '' : `.${row}`}`;
}

// The row of a checked cursor: [article key] or [article key, id].
function rowOf(row: string): PagePosition | undefined {
  if (row === '') return undefined;
  const value: unknown = JSON.parse(Buffer.from(row, 'base64url').toString('utf8'));
  if (!Array.isArray(value) || !value.every((part) => typeof part === 'string') || value.length < 1 || value.length > 2) throw new HttpError(400, '"after" is not a cursor of this API: follow the "next" link of a page');
  const [article, id] = value as string[];
  return { article: article ?? '', ...(id !== undefined && { id }) };
}

/** The offset (and row) a cursor names; 400 when it is malformed, altered, or belongs to another list. */
export function decodeCursor(cursor: string, path: string, search: URLSearchParams): Cursor {
  const match = /^([0-9a-z]{1,10})\.([\w-]{10})(?:\.([\w-]+))?$/.exec(cursor);
  const offset = match === null ? NaN : parseInt(match[1] ?? '', 36);
  if (match === null || !Number.isSafeInteger(offset)) throw new HttpError(400, `"after" is not a cursor of this API: follow the "next" link of a page`);
  const row = match[3] ?? '';
  if (match[2] !== check(offset, row, scope(path, search))) throw new HttpError(400, `"after" was altered or belongs to another query: follow the "next" link of this list`);
  const after = rowOf(row);
  return { offset, ...(after !== undefined && { after }) };
}
