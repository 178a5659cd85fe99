import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/doc/record.js';
import { extract } from '../src/pipeline/extract.js';
import { createPool } from '../src/store/postgres/db.js';
import { openPostgresStore } from '../src/store/postgres/store.js';
import { TEST_PG } from '../src/store/testing/dialects.js';
import { bulkBuild } from './pg-bulk.js';
import { build } from './synth.js';

// Invented articles with people quoted and named, unknown people (one actor per source), a known one with a role, events.
const ARTICLES = [
  'Prime Minister Anna Lund met President Tomas Berg in Kelmouth on Monday. "We will work together on trade," Ms Lund said. Mr Berg praised Lund for her patience.',
  'The Velder Party accused the government of hiding the figures. "The numbers do not add up," said Karl Dent, a spokesman for the party. Dent added that he would ask again.',
  'Rosa Imre, a teacher in Harbour Town, said the new rules were unfair. "Nobody asked us," she said.',
  '"The talks went well," said Foreign Secretary Jack Straw after he met Tomas Berg in Kelmouth.',
];

// Each table of the schema (but the migrations' log) as one digest of its rows, leaving out what
// differs between two builds of the same articles: the time an article was stored, the ids of quotes
// and events (given in another order within an article), and the count of writes.
async function digests(client: pg.PoolClient): Promise<Record<string, string>> {
  const { rows } = await client.query("SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) AS columns FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schema_migrations' GROUP BY table_name");
  const out: Record<string, string> = {};
  for (const row of rows as Array<{ table_name: string; columns: string[] }>) {
    const columns = row.columns.filter((column) => column !== 'stored_at' && !(column === 'id' && (row.table_name === 'quotes' || row.table_name === 'events')));
    const where = row.table_name === 'store_totals' ? "WHERE name <> 'writes'" : '';
    const sql = `SELECT COUNT(*) AS n, md5(string_agg(r::text, E'\\n' ORDER BY r::text)) AS digest FROM (SELECT ${columns.join(', ')} FROM ${row.table_name} ${where}) r`;
    const [result] = (await client.query(sql)).rows as Array<{ n: string; digest: string | null }>;
    out[row.table_name] = `${result?.n} ${result?.digest}`;
  }
  return out;
}

// The digests of a fresh store in a schema of its own, filled by `fill`.
async function built(url: string, fill: (store: ReturnType<typeof openPostgresStore>, client: pg.PoolClient) => Promise<unknown>): Promise<Record<string, string>> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const store = openPostgresStore(url, { schema, connections: 2 });
  const pool = createPool(url, { max: 1, schema });
  const client = await pool.connect();
  try {
    await store.counts();
    await fill(store, client);
    return await digests(client);
  } finally {
    client.release();
    await pool.end();
    await store.close();
  }
}

describe.skipIf(TEST_PG === undefined)('the bench store copied in bulk (PostgreSQL)', () => {
  it('holds the same rows and sums as the writer stores for the same synthetic articles', async () => {
    const url = TEST_PG as string;
    const records: ArticleRecord[] = ARTICLES.map((text, i) => extract({ id: `a${i}`, text }));
    expect(records.some((record) => record.events.length > 0) && records.some((record) => record.entities.some((entity) => entity.role !== null))).toBe(true);
    // Four records under ten sources repeat every 20 articles: 20 written, 80 copied.
    const written = await built(url, (store) => build(store, records, 100));
    const copied = await built(url, (store, client) => bulkBuild(store, client, records, 100));
    expect(written['articles']).toMatch(/^100 /);
    expect(copied).toEqual(written);
  });
});
