/**
 * The SQL-neutral part of a query: WHERE clauses built from a filter with `?` placeholders (a dialect
 * that numbers its parameters rewrites them), and the paging parameters checked. Every dialect's
 * readers build their filters here, so a filter means the same in each.
 */
import { DEFAULT_LIMIT, type CommonFilter } from '../store.js';

/** A WHERE clause being built: conditions joined by AND, with their parameters in order. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(condition: string, ...params: unknown[]): void {
    this.parts.push(condition);
    this.params.push(...params);
  }
  toString(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }
}

/**
 * Adds the common filters (days, source). `alias` is the table whose copy of the article's day is
 * filtered on; the source is always the article's (`a`).
 */
export function common(where: Where, filter: CommonFilter, alias = 'a', sourceIs: string = SOURCE_IS): void {
  if (filter.from !== undefined) where.add(`${alias}.day >= ?`, filter.from.slice(0, 10));
  if (filter.to !== undefined) where.add(`${alias}.day <= ?`, filter.to.slice(0, 10));
  if (filter.source !== undefined) {
    where.add(sourceIs, filter.source);
    // The article's own day as well: then an index of articles by source and day can drive the query.
    if (alias !== 'a') common(where, { ...(filter.from !== undefined && { from: filter.from }), ...(filter.to !== undefined && { to: filter.to }) });
  }
}

/** The condition on the article's source: SQLite's column compares without regard to case itself; a dialect whose does not passes its own. */
export const SOURCE_IS = 'a.source = ?';

/** Rows to skip, checked: a bad offset is the caller's mistake. */
export function offset(filter: CommonFilter): number {
  const value = filter.offset ?? 0;
  if (!Number.isInteger(value) || value < 0) throw new Error(`Store: offset must be a whole number ≥ 0, got ${value}`);
  return value;
}

/** Rows to return, checked; null for all of them (a limit of 0). */
export function pageSize(filter: CommonFilter): number | null {
  const value = filter.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(value) || value < 0) throw new Error(`Store: limit must be a whole number ≥ 0, got ${value}`);
  return value === 0 ? null : value;
}

/** `?, ?, ?` for a list of parameters. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(',');
}
