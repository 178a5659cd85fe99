/**
 * Tables of sums the PostgreSQL writer keeps by key (an actor's quotes per month, its articles per
 * month, its entities per role and day): a transaction's changes added at its end, a chunk of rows per
 * statement, in the order given (two writers then lock rows in one order), and the keys left with
 * nothing taken out.
 */
import type { Queryable } from './db.js';

/** Rows per statement: well under PostgreSQL's 65,535 parameters. */
export const ROWS_PER_STATEMENT = 1000;

/** Strings compared by their UTF-16 code units, as the keys' order for locking. */
export const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A table of sums: its name, its key's columns with their SQL types, and the column summed. */
export interface SumTable {
  name: string;
  keys: ReadonlyArray<readonly [column: string, type: string]>;
  sum: string;
}

/**
 * Adds `changes` to `table`, each the key's values in the table's order then the change (an integer);
 * a key whose change is below zero and whose sum is left at zero or below is taken out.
 */
export async function addSums(db: Queryable, table: SumTable, changes: ReadonlyArray<readonly unknown[]>): Promise<void> {
  const columns = table.keys.map(([column]) => column);
  const keyRow = `(${table.keys.map(([, type]) => `?::${type}`).join(', ')}`;
  for (let at = 0; at < changes.length; at += ROWS_PER_STATEMENT) {
    const chunk = changes.slice(at, at + ROWS_PER_STATEMENT);
    await db.query(
      `INSERT INTO ${table.name} AS s (${columns.join(', ')}, ${table.sum}) VALUES ${chunk.map(() => `${keyRow}, ?::int)`).join(', ')}
       ON CONFLICT (${columns.join(', ')}) DO UPDATE SET ${table.sum} = s.${table.sum} + excluded.${table.sum}`,
      chunk.flat(),
    );
  }
  const fewer = changes.filter((change) => Number(change[columns.length]) < 0);
  if (fewer.length === 0) return;
  await db.query(
    `DELETE FROM ${table.name} s USING (VALUES ${fewer.map(() => `${keyRow})`).join(', ')}) AS v(${columns.join(', ')})
     WHERE ${columns.map((column) => `s.${column} = v.${column}`).join(' AND ')} AND s.${table.sum} <= 0`,
    fewer.flatMap((change) => change.slice(0, columns.length)),
  );
}
