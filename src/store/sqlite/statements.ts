/**
 * Prepared statements kept per connection by their SQL: compiling a query costs about as much as
 * running a small one, and a server asks the same few dozen queries again and again.
 */
import type Database from 'better-sqlite3';

/** Statements kept per connection; past this many (queries built with long IN lists) they start again. */
const MAX_STATEMENTS = 500;

const kept = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The statement for `sql` on `db`, prepared once; it returns whole rows (call `.pluck()` for one column). */
export function prepare(db: Database.Database, sql: string): Database.Statement {
  let statements = kept.get(db);
  if (statements === undefined) kept.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement === undefined) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  // A caller before may have asked for one column: each use states its own mode.
  return statement.pluck(false);
}
