/**
 * Statements issued together, sent as one: each a JSON array of its rows in one row of one statement
 * (an actor's lists were three statements, each a turn in the queue of a loaded server, and each a
 * round trip the driver and the server pay for). The row mappers read JSON's values as the driver's:
 * the store's columns are text and numbers.
 */
import type { Row } from '../sql/rows.js';
import type { Queryable } from './db.js';

interface Pending {
  sql: string;
  params: readonly unknown[];
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A Queryable that holds each statement until the calls under way have issued theirs (the end of the
 * current turn of the event loop), then runs those held as one statement on `db`. A statement alone is
 * run as it is. The rows of each come in its own order (an aggregate reads a sorted subquery in order).
 */
export function batched(db: Queryable): Queryable {
  let held: Pending[] = [];
  const flush = async (): Promise<void> => {
    const batch = held;
    held = [];
    if (batch.length === 1) {
      const [only] = batch as [Pending];
      db.query(only.sql, only.params).then(only.resolve, only.reject);
      return;
    }
    const columns = batch.map((p, i) => `(SELECT COALESCE(json_agg(x), '[]') FROM (${p.sql}) x) AS r${i}`);
    try {
      const [row = {}] = await db.query(`SELECT ${columns.join(', ')}`, batch.flatMap((p) => [...p.params]));
      batch.forEach((p, i) => p.resolve(Array.isArray(row[`r${i}`]) ? (row[`r${i}`] as Row[]) : []));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };
  return {
    query: (sql, params = []) =>
      new Promise<Row[]>((resolve, reject) => {
        if (held.length === 0) setImmediate(() => void flush());
        held.push({ sql, params, resolve, reject });
      }),
  };
}
