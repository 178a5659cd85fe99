/** Statements issued together, sent as one (an actor's three lists were three statements). */
import { describe, expect, it } from 'vitest';
import { batched } from './batch.js';
import type { Queryable } from './db.js';
import type { Row } from '../sql/rows.js';

// A database that answers a batch with made-up arrays, and records what it was sent.
function recording(answer: (sql: string) => Row[]): { db: Queryable; sent: Array<{ sql: string; params: readonly unknown[] }> } {
  const sent: Array<{ sql: string; params: readonly unknown[] }> = [];
  return { sent, db: { query: async (sql, params = []) => (sent.push({ sql, params }), answer(sql)) } };
}

describe('batched statements', () => {
  it('sends the statements issued together as one, each one its rows as a JSON array, the parameters in order', async () => {
    const { db, sent } = recording(() => [{ r0: [{ n: 1 }, { n: 2 }], r1: [] }]);
    const together = batched(db);
    const [a, b] = await Promise.all([together.query('SELECT n FROM t WHERE x = ? ORDER BY n', [7]), together.query('SELECT m FROM u WHERE y = ?', ['z'])]);
    expect(sent).toEqual([
      { sql: "SELECT (SELECT COALESCE(json_agg(x), '[]') FROM (SELECT n FROM t WHERE x = ? ORDER BY n) x) AS r0, (SELECT COALESCE(json_agg(x), '[]') FROM (SELECT m FROM u WHERE y = ?) x) AS r1", params: [7, 'z'] },
    ]);
    expect(a).toEqual([{ n: 1 }, { n: 2 }]);
    expect(b).toEqual([]);
  });

  it('sends a statement alone as it is, and one issued after the others have been answered on its own', async () => {
    const { db, sent } = recording(() => [{ n: 3 }]);
    const together = batched(db);
    expect(await together.query('SELECT 3 AS n')).toEqual([{ n: 3 }]);
    expect(await together.query('SELECT ? AS n', [3])).toEqual([{ n: 3 }]);
    expect(sent).toEqual([
      { sql: 'SELECT 3 AS n', params: [] },
      { sql: 'SELECT ? AS n', params: [3] },
    ]);
  });

  it('rejects every statement of a batch that failed', async () => {
    const together = batched({ query: async () => Promise.reject(new Error('gone')) });
    const results = await Promise.allSettled([together.query('SELECT 1'), together.query('SELECT 2')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
