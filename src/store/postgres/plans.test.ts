/**
 * Query plans in PostgreSQL that must stop after the page: read on the test server with sequential
 * scans off, so that a small table is planned as a large one would be.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { articleKey, contentHash } from '../identity.js';
import { TEST_PG } from '../testing/dialects.js';
import type { ArticleRecord } from '../../doc/record.js';
import { numbered } from './db.js';
import { openPostgresStore } from './store.js';

// Invented article n of `source`: two quotes.
function article(n: number, source: string): { key: string; hash: string; record: ArticleRecord } {
  const text = `"Quay ${n} opens," Ola Brun said. "Tolls ${n} fall," Ola Brun said.`;
  const quotes = ['"Quay', '"Tolls'].map((word, k) => {
    const start = text.indexOf(word);
    const end = text.indexOf('"', start + 1) + 1;
    return { id: `q${k + 1}`, kind: 'direct' as const, start, end, text: text.slice(start, end), spans: [[start, end]] as Array<[number, number]>, cue: null, speaker: null };
  });
  const input = { id: `m${n}`, text, source, date: `2022-05-${String(1 + (n % 28)).padStart(2, '0')}` };
  return { key: articleKey(input), hash: contentHash(input), record: { ...input, entities: [], quotes, attributions: [], events: [], messages: [] } };
}

describe.skipIf(TEST_PG === undefined)('PostgreSQL plans', () => {
  it("reads one source's quotes in a month from its articles in order and stops after the page, not every quote of the days sorted", async () => {
    const url = TEST_PG ?? '';
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const statements: Array<[string, readonly unknown[]]> = [];
    const store = openPostgresStore(url, { schema, onQuery: (sql, params) => statements.push([sql, params]) });
    const client = new pg.Client({ connectionString: url });
    try {
      await store.put(Array.from({ length: 60 }, (_, n) => article(n, n % 2 === 0 ? 'Quay Herald' : 'Toll Courier')));
      statements.length = 0;
      const page = await store.quotes({ source: 'quay herald', from: '2022-05-01', to: '2022-05-31', limit: 3 });
      expect(page.map((hit) => hit.article.source)).toEqual(['Quay Herald', 'Quay Herald', 'Quay Herald']);
      const [sql, params] = statements.find(([text]) => /^SELECT q\.id\b/.test(text)) ?? ['', []];
      await client.connect();
      await client.query(`SET search_path TO ${schema}`);
      await client.query('ANALYZE articles');
      await client.query('ANALYZE quotes');
      await client.query('SET enable_seqscan = off');
      const plan = (await client.query(`EXPLAIN (COSTS OFF) ${numbered(sql)}`, params as unknown[])).rows.map((row: Record<string, unknown>) => String(row['QUERY PLAN'])).join('\n');
      // The articles come in the list's order from articles_source_day; only the quotes within an article are sorted.
      expect(plan).toMatch(/Index Scan using articles_source_day/);
      expect(plan).toMatch(/Incremental Sort/);
    } finally {
      await client.end().catch(() => undefined);
      await store.close();
    }
  });
});
