/**
 * Prepared statements kept per connection by their SQL: compiling a query costs about as much as
 * running a small one, and a server asks the same few dozen queries again and again.
 */
import type Database from 'better-sqlite3';
import type { Row } from '../sql/rows.js';

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
  // A caller before may have asked for one column or for arrays (`rowsOf`): each use states its own mode.
  return statement.pluck(false).raw(false);
}

/**
 * `LIMIT n` with the count written into the statement (-1: no limit), not bound as a parameter: with
 * a bound LIMIT each run of a statement cost SQLite 5–12 µs more (an actor's 20 interactions: 22 → 10 µs,
 * a page of a speaker's quotes 24 → 15 µs), and a server asks a few page sizes again and again, each
 * then a statement of its own. OFFSET stays bound: it costs nothing more.
 */
export function limitSql(rows: number): string {
  if (!Number.isSafeInteger(rows) || rows < -1) throw new Error(`Store: a page's size must be a whole number, got ${rows}`);
  return `LIMIT ${rows}`;
}

const names = new WeakMap<Database.Statement, readonly string[]>();

// The names of a statement's result columns, asked of the driver once.
function columnsOf(statement: Database.Statement): readonly string[] {
  let columns = names.get(statement);
  if (columns === undefined) names.set(statement, (columns = statement.columns().map((column) => column.name)));
  return columns;
}

// A row as an object built here from its array: the last of two columns of one name wins, as in the driver's own.
function build(columns: readonly string[], values: readonly unknown[]): Row {
  const row: Row = {};
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
  return row;
}

/**
 * The rows of `sql` as objects, built in JavaScript from the driver's arrays: the driver builds each
 * row object through V8's C++ interface, which for rows of 30–40 columns cost more than the query
 * itself (20 events with their articles and actors: ~180 µs of CPU as objects, ~115 µs this way,
 * the query alone ~20 µs).
 */
export function rowsOf(db: Database.Database, sql: string, ...params: unknown[]): Row[] {
  const statement = prepare(db, sql).raw(true);
  const columns = columnsOf(statement);
  return (statement.all(...params) as unknown[][]).map((values) => build(columns, values));
}

/** The first row of `sql` as `rowsOf` builds it, or undefined. */
export function rowOf(db: Database.Database, sql: string, ...params: unknown[]): Row | undefined {
  const statement = prepare(db, sql).raw(true);
  const columns = columnsOf(statement);
  const values = statement.get(...params) as unknown[] | undefined;
  return values === undefined ? undefined : build(columns, values);
}

/**
 * The rows of `SELECT columns rest` as `rowsOf` builds them, handed over by the driver as one JSON
 * text (SQLite's json_group_array of each row's json_array) and parsed at once: the driver hands over
 * each value of a row through V8's C++ interface, about 1,400 instructions a value (a page of 17 quotes
 * of 16 columns: 475,000 instructions that way, 352,000 packed). `columns`: plain column references,
 * each named with AS where its name is not the column's; of text, integers or NULL (a blob has no JSON,
 * a real's last digit may change). The rows come in no particular order.
 */
export function packedRowsOf(db: Database.Database, columns: string, rest: string, ...params: unknown[]): Row[] {
  const names = columnsOf(prepare(db, `SELECT ${columns} ${rest}`));
  const values = columns.split(',').map((column) => column.replace(/\s+AS\s+\w+\s*$/i, '').trim());
  const packed = prepare(db, `SELECT json_group_array(json_array(${values.join(', ')})) ${rest}`).pluck().get(...params);
  return (JSON.parse(String(packed)) as unknown[][]).map((row) => build(names, row));
}
