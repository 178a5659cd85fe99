/**
 * Paging cursors: `after=` names how far into one query's list the next page starts. A cursor carries a
 * check over its position and the query it belongs to, so that an altered cursor, or one taken from
 * another query, is a 400 rather than a page of something else. It holds no secret and expires never:
 * a `next` link works as long as the list does, after a restart too.
 */
import { createHash } from 'node:crypto';
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

const check = (offset: number, where: string): string => createHash('sha256').update(`${offset}|${where}`).digest('base64url').slice(0, 10);

/** The cursor of the row at `offset` of the list at `path` with these parameters. */
export function encodeCursor(offset: number, path: string, search: URLSearchParams): string {
  return `${offset.toString(36)}.${check(offset, scope(path, search))}`;
}

/** The offset a cursor names; 400 when it is malformed, altered, or belongs to another list. */
export function decodeCursor(cursor: string, path: string, search: URLSearchParams): number {
  const match = /^([0-9a-z]{1,10})\.([\w-]{10})$/.exec(cursor);
  const offset = match === null ? NaN : parseInt(match[1] ?? '', 36);
  if (match === null || !Number.isSafeInteger(offset)) throw new HttpError(400, `"after" is not a cursor of this API: follow the "next" link of a page`);
  if (match[2] !== check(offset, scope(path, search))) throw new HttpError(400, `"after" was altered or belongs to another query: follow the "next" link of this list`);
  return offset;
}
