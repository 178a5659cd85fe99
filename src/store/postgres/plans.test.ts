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
import { extract } from '../../pipeline/extract.js';
import { numbered } from './db.js';
import { openPostgresStore } from './store.js';

// Invented article n of `source`: two quotes, and an organisation named after n (one actor per article).
function article(n: number, source: string): { key: string; hash: string; record: ArticleRecord } {
  const text = `"Quay ${n} opens," Ola Brun said. "Tolls ${n} fall," Ola Brun said.`;
  const at = text.indexOf('Quay');
  const entities: ArticleRecord['entities'] = [{ id: 'e1', name: `Quay Board ${n % 40}`, type: 'organization', kbId: null, role: null, country: null, mentions: [{ start: at, end: at + 4, text: 'Quay' }] }];
  const quotes = ['"Quay', '"Tolls'].map((word, k) => {
    const start = text.indexOf(word);
    const end = text.indexOf('"', start + 1) + 1;
    return { id: `q${k + 1}`, kind: 'direct' as const, start, end, text: text.slice(start, end), spans: [[start, end]] as Array<[number, number]>, cue: null, speaker: null };
  });
  const input = { id: `m${n}`, text, source, date: `2022-05-${String(1 + (n % 28)).padStart(2, '0')}` };
  return { key: articleKey(input), hash: contentHash(input), record: { ...input, entities, quotes, attributions: [], events: [], messages: [] } };
}

// Invented articles quoting one unknown person in two outlets: two actors of one name.
function twoOutlets(): Array<ReturnType<typeof article>> {
  return ['Quay Herald', 'Toll Courier', 'Quay Herald', 'Toll Courier'].map((source, n) => {
    const input = { id: `s${n}`, source, date: `2022-06-0${n + 1}`, text: `"Pier ${n} reopens," Ola Brun said. "Fares ${n} rise," Ola Brun said.` };
    return { key: articleKey(input), hash: contentHash(input), record: extract(input) };
  });
}

// The plan of the first statement of `statements` that `pick` matches, on tables analysed, sequential scans off.
async function planOf(url: string, schema: string, statements: Array<[string, readonly unknown[]]>, pick: RegExp): Promise<string> {
  const [sql, params] = statements.find(([text]) => pick.test(text)) ?? ['', []];
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(`SET search_path TO ${schema}`);
    for (const table of ['articles', 'quotes', 'actors', 'actor_days']) await client.query(`ANALYZE ${table}`);
    await client.query('SET enable_seqscan = off');
    return (await client.query(`EXPLAIN (COSTS OFF) ${numbered(sql)}`, params as unknown[])).rows.map((row: Record<string, unknown>) => String(row['QUERY PLAN'])).join('\n');
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Stores `articles` on a fresh schema, then runs `check` with the statements sent after them.
async function withStore(articles: ReturnType<typeof article>[], check: (store: ReturnType<typeof openPostgresStore>, planFor: (pick: RegExp) => Promise<string>) => Promise<void>): Promise<void> {
  const url = TEST_PG ?? '';
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const statements: Array<[string, readonly unknown[]]> = [];
  const store = openPostgresStore(url, { schema, onQuery: (sql, params) => statements.push([sql, params]) });
  try {
    await store.put(articles);
    statements.length = 0;
    await check(store, (pick) => planOf(url, schema, statements, pick));
  } finally {
    await store.close();
  }
}

describe.skipIf(TEST_PG === undefined)('PostgreSQL plans', () => {
  it("reads one source's quotes in a month from its articles in order and stops after the page, not every quote of the days sorted", async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, n % 2 === 0 ? 'Quay Herald' : 'Toll Courier')), async (store, planFor) => {
      const page = await store.quotes({ source: 'quay herald', from: '2022-05-01', to: '2022-05-31', limit: 3 });
      expect(page.map((hit) => hit.article.source)).toEqual(['Quay Herald', 'Quay Herald', 'Quay Herald']);
      const plan = await planFor(/^SELECT q\.id\b/);
      // The articles come in the list's order from articles_source_day; only the quotes within an article are sorted.
      expect(plan).toMatch(/Index Scan using articles_source_day/);
      expect(plan).toMatch(/Incremental Sort/);
    });
  });

  it("filters one source's quotes in a month on its articles' days, not the quotes' copy (then the planner read every quote of the days)", async () => {
    await withStore(Array.from({ length: 20 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor) => {
      expect(await store.quotes({ source: 'quay herald', from: '2022-05-01', to: '2022-05-31', limit: 3 })).toHaveLength(3);
      const plan = await planFor(/^SELECT q\.id\b/);
      // The days bound the source's articles (their index's range); the quotes read from them are not filtered again.
      expect(plan).toMatch(/articles_source_day on articles a\s+Index Cond: [^\n]*day >= /);
      expect(plan).not.toMatch(/on quotes q[^]*day >= /);
    });
  });

  it("reads a name of several speakers one speaker's first page at a time from quotes_actor, not every quote of the name sorted", async () => {
    await withStore(twoOutlets(), async (store, planFor) => {
      const page = await store.quotes({ speaker: 'Ola Brun', limit: 3 });
      expect(page.map((hit) => hit.article.id)).toEqual(['s3', 's3', 's2']);
      expect(new Set(page.map((hit) => hit.actor?.key)).size).toBe(2);
      const plan = await planFor(/^SELECT q\.id\b/);
      // Under the loop over the speakers, a Limit: each speaker's index is read for a page only.
      expect(plan).toMatch(/Function Scan on unnest[^]*Limit[^]*quotes_actor/);
    });
  });

  it('reads a page of the network, of one code or all, from the kept sums in its order, not all of them sorted', async () => {
    const acts = ['Germany accused France of lying.', 'Italy accused Spain of cheating.', 'Germany urged Italy to act.'].map((text, n) => {
      const input = { id: `n${n}`, source: 'Quay Herald', date: `2022-07-0${n + 1}`, text };
      return { key: articleKey(input), hash: contentHash(input), record: extract(input) };
    });
    await withStore(acts, async (store, planFor) => {
      expect((await store.interactions({ code: 'ACCUSE', limit: 1 })).map((edge) => edge.code)).toEqual(['ACCUSE']);
      const ofCode = await planFor(/FROM interactions\) g WHERE g\.code/);
      expect(ofCode).toMatch(/interactions_code_page/);
      expect(ofCode).not.toMatch(/Sort Key: interactions\.events/);
      expect(await store.interactions({ limit: 1 })).toHaveLength(1);
      const all = await planFor(/FROM interactions\) g\s+ORDER BY/);
      expect(all).toMatch(/interactions_page/);
      expect(all).not.toMatch(/Sort Key: interactions\.events/);
    });
  });

  it('chooses the page of actors within days from their sums per day, then reads only its actors, not every actor of the days', async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor) => {
      const page = await store.entities({ from: '2022-05-01', to: '2022-05-31', limit: 3 });
      expect(page.map((hit) => hit.articles)).toEqual([2, 2, 2]);
      const plan = (await planFor(/FROM actor_days d/)).split('\n');
      // The page's Limit is under the join with actors: the join reads three actors.
      const limit = plan.findIndex((line) => /Limit/.test(line));
      const join = plan.findIndex((line) => /Nested Loop|Hash Join|Merge Join/.test(line));
      expect(join).toBeGreaterThanOrEqual(0);
      expect(limit).toBeGreaterThan(join);
    });
  });

  it("reads the dashboard's quotes by kind of speaker from the sums kept per type and the people quoted most from actors_quoted, not every actor's row", async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor) => {
      await store.stats?.();
      // Summed from the quoted actors, the planner read the whole table on the 100,000-article bench store.
      const byType = await planFor(/type AS label/);
      expect(byType).toMatch(/quote_types/);
      expect(byType).not.toMatch(/actors/);
      expect(await planFor(/type = 'person' AND quotes > 0/)).toMatch(/Index Only Scan using actors_quoted/);
    });
  });
});
