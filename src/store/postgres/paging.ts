/** Pages of PostgreSQL's lists: their LIMIT written into the statement, an OFFSET bound only when there is one. */
import { offset, pageSize } from '../sql/where.js';

/** A page: `LIMIT n` (and `OFFSET ?` past the first rows) and its parameters, with its size (null: no limit) and offset. */
export interface Page {
  sql: string;
  params: number[];
  size: number | null;
  skip: number;
}

/**
 * The page a filter asks (no limit for a limit of 0). Its size is written into the statement (a whole
 * number, checked) and an offset of 0 left out: a named statement is then planned once for it, where
 * with either bound the planner costs a generic plan for a tenth of the rows read or skipped, more than
 * a custom plan for the first page, and kept planning the statement at every run.
 */
export function paging(filter: { limit?: number; offset?: number }): Page {
  const size = pageSize(filter);
  const skip = offset(filter);
  const limit = size === null ? '' : `LIMIT ${size}`;
  return skip === 0 ? { sql: limit, params: [], size, skip } : { sql: `${limit} OFFSET ?`.trim(), params: [skip], size, skip };
}

/** The LIMIT of a part read ahead of a merge: the page and its offset (written in for a first page, as the page's size). */
export function readAhead(page: Page): { sql: string; params: number[] } {
  if (page.size === null) return { sql: '', params: [] };
  return page.skip === 0 ? { sql: `LIMIT ${page.size}`, params: [] } : { sql: 'LIMIT ?', params: [page.size + page.skip] };
}
