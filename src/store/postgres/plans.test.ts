/**
 * Query plans in PostgreSQL that must stop after the page: read on the test server with sequential
 * and bitmap scans off, so that a small table is planned as a large one would be.
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
    // Vacuumed as autovacuum leaves a store between writes: the pages all visible, so an index can answer alone.
    for (const table of ['articles', 'quotes', 'actors', 'actor_days']) await client.query(`VACUUM (ANALYZE) ${table}`);
    // A small table is read whole, by a sequential or a bitmap scan, where a large one is read by index in order.
    await client.query('SET enable_seqscan = off');
    await client.query('SET enable_bitmapscan = off');
    return (await client.query(`EXPLAIN (COSTS OFF) ${numbered(sql)}`, params as unknown[])).rows.map((row: Record<string, unknown>) => String(row['QUERY PLAN'])).join('\n');
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Stores `articles` on a fresh schema, then runs `check` with the statements sent after them.
async function withStore(
  articles: ReturnType<typeof article>[],
  check: (store: ReturnType<typeof openPostgresStore>, planFor: (pick: RegExp) => Promise<string>, sent: () => string[]) => Promise<void>,
): Promise<void> {
  const url = TEST_PG ?? '';
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const statements: Array<[string, readonly unknown[]]> = [];
  const store = openPostgresStore(url, { schema, onQuery: (sql, params) => statements.push([sql, params]) });
  try {
    await store.put(articles);
    statements.length = 0;
    let seen = 0;
    await check(
      store,
      (pick) => planOf(url, schema, statements, pick),
      () => statements.slice(seen, (seen = statements.length)).map(([sql]) => sql),
    );
  } finally {
    await store.close();
  }
}

describe.skipIf(TEST_PG === undefined)('PostgreSQL plans', () => {
  it("reads one source's quotes in a month from its articles in order and stops after the page, not every quote of the days sorted", async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, n % 2 === 0 ? 'Quay Herald' : 'Toll Courier')), async (store, planFor) => {
      const page = await store.quotes({ source: 'quay herald', from: '2022-05-01', to: '2022-05-31', limit: 3 });
      expect(page.map((hit) => hit.article.source)).toEqual(['Quay Herald', 'Quay Herald', 'Quay Herald']);
      const plan = await planFor(/FROM \(SELECT q\.id\b/);
      // The articles come in the list's order from articles_source_day; only the quotes within an article are sorted.
      expect(plan).toMatch(/Index Scan using articles_source_day/);
      expect(plan).toMatch(/Incremental Sort/);
    });
  });

  it("filters one source's quotes in a month on its articles' days, not the quotes' copy (then the planner read every quote of the days)", async () => {
    await withStore(Array.from({ length: 20 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor) => {
      expect(await store.quotes({ source: 'quay herald', from: '2022-05-01', to: '2022-05-31', limit: 3 })).toHaveLength(3);
      const plan = await planFor(/FROM \(SELECT q\.id\b/);
      // The days bound the source's articles (their index's range); the quotes read from them are not filtered again.
      expect(plan).toMatch(/articles_source_day on articles a(_\d+)?\s+Index Cond: [^\n]*day >= /);
      expect(plan).not.toMatch(/on quotes q(_\d+)?[^]*day >= /);
    });
  });

  it("reads a name of several speakers one speaker's first page at a time from quotes_actor, not every quote of the name sorted, the speakers found in the same statement", async () => {
    await withStore(twoOutlets(), async (store, planFor, sent) => {
      sent();
      const page = await store.quotes({ speaker: 'Ola Brun', limit: 3 });
      expect(page.map((hit) => hit.article.id)).toEqual(['s3', 's3', 's2']);
      expect(new Set(page.map((hit) => hit.actor?.key)).size).toBe(2);
      // The speakers the name gives found in the same statement (resolved first, it was two).
      expect(sent()).toHaveLength(1);
      const plan = await planFor(/FROM \(SELECT q\.id\b/);
      // Under the loop over the speakers found, a Limit: each speaker's index is read for a page only.
      expect(plan).toMatch(/on actors[^]*Limit[^]*quotes_actor/);
      // A name found in part only: resolved first, as before.
      expect((await store.quotes({ speaker: 'Brun', limit: 3 })).map((hit) => hit.article.id)).toEqual(['s3', 's3', 's2']);
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

  it('reads the page of actors within a month from the leaders of its months and their days, not every actor of the days', async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor, sent) => {
      // The store's size, which chooses the months' sums or the weeks', is read once a minute: not in the count.
      await store.entities({ from: '2022-05-01', to: '2022-05-31', limit: 3 });
      sent();
      const page = await store.entities({ from: '2022-05-01', to: '2022-05-31', limit: 3 });
      expect(page.map((hit) => hit.articles)).toEqual([2, 2, 2]);
      expect(sent()).toHaveLength(1);
      const plan = await planFor(/FROM actor_month_articles/);
      // The leaders of the month from its index in their order; only their rows per day, from the covering index.
      expect(plan).toMatch(/Index Only Scan using actor_month_articles_top/);
      expect(plan).toMatch(/Index Only Scan using actor_days_actor_sums/);
      expect(plan).not.toMatch(/actor_days_pkey/);
      // Only the page's actors read, each by its id (the planner hashed the whole actors table for the leaders).
      expect(plan).toMatch(/Limit\s+-> {2}Index Scan using actors_pkey on actors ac\s+Index Cond: \(id = /);
      expect(plan).not.toMatch(/Hash Join/);
    });
  });

  it('chooses the page of actors within many months from their sums per day, then reads only its actors, not every actor of the days', async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor) => {
      const page = await store.entities({ from: '2022-01-01', to: '2022-12-31', limit: 3 });
      expect(page.map((hit) => hit.articles)).toEqual([2, 2, 2]);
      const plan = (await planFor(/FROM actor_days d/)).split('\n');
      // The page's Limit is under the join with actors: the join reads three actors.
      const limit = plan.findIndex((line) => /Limit/.test(line));
      const join = plan.findIndex((line) => /Nested Loop|Hash Join|Merge Join/.test(line));
      expect(join).toBeGreaterThanOrEqual(0);
      expect(limit).toBeGreaterThan(join);
    });
  });

  it("reads the dashboard's counts in one statement, its quotes by kind of speaker from the sums kept per type and the people quoted most from actors_quoted, not every actor's row", async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor, sent) => {
      sent();
      await store.stats?.();
      // Seven statements were seven turns in the queue of a loaded server.
      expect(sent()).toHaveLength(1);
      const plan = await planFor(/type AS label/);
      // Summed from the quoted actors, the planner read the whole table on the 100,000-article bench store.
      expect(plan).toMatch(/quote_types/);
      expect(plan).toMatch(/Index Only Scan using actors_quoted/);
      expect(plan.split('\n').filter((line) => / on actors\b/.test(line))).toEqual([expect.stringMatching(/actors_quoted/)]);
    });
  });

  it("reads an actor's page in one statement, its roles from the sums kept per role, not a row per role and day (ten statements, 1,802 rows summed for the most named actor of a 110,000-article store), its three lists each from its own index, the actor found by its key in each (were two statements: the actor, then its lists)", async () => {
    const said = Array.from({ length: 6 }, (_, n) => {
      const input = { id: `r${n}`, source: 'Quay Herald', date: `2022-08-0${n + 1}`, text: `Mayor Ola Brun spoke on day ${n}.` };
      const entities: ArticleRecord['entities'] = [{ id: 'e1', name: 'Ola Brun', type: 'person', kbId: null, role: 'mayor', country: null, mentions: [{ start: 6, end: 14, text: 'Ola Brun' }] }];
      return { key: articleKey(input), hash: contentHash(input), record: { ...input, entities, quotes: [], attributions: [], events: [], messages: [] } };
    });
    await withStore(said, async (store, planFor, sent) => {
      const key = (await store.entities({ type: 'person', limit: 1 }))[0]?.actor.key ?? '';
      sent();
      const page = await store.actorPage(key, { quotes: { limit: 20 }, events: { limit: 20 }, interactions: { limit: 20 } });
      expect(page?.detail.articles).toBe(6);
      expect(page?.detail.roles.map((role) => [role.role, role.articles, role.first, role.last])).toEqual([['mayor', 6, '2022-08-01', '2022-08-06']]);
      // The actor with its roles and timeline, its quotes, its events and its interactions together.
      expect(sent()).toHaveLength(1);
      const plan = await planFor(/json_agg\(x\)/);
      expect(plan).toMatch(/actor_role_sums/);
      expect(plan).not.toMatch(/on actor_roles\b/);
      // Each list from its index in its order, as when read alone: no list read whole.
      expect(plan).toMatch(/using quotes_actor/);
      expect(plan).toMatch(/using events_source_page/);
      expect(plan).toMatch(/using events_target_page/);
      expect(plan).not.toMatch(/Seq Scan/);
      // An actor no key names: no page, in one statement still.
      expect(await store.actorPage('person:nobody', { quotes: { limit: 20 }, events: { limit: 20 }, interactions: { limit: 20 } })).toBeNull();
      expect(sent()).toHaveLength(1);
    });
  });

  it('reads a page of articles at an offset from the ids of articles_page alone, then only its rows (an offset of N read N whole articles: 93 ms below 10,000 on a 110,000-article store)', async () => {
    await withStore(Array.from({ length: 60 }, (_, n) => article(n, 'Quay Herald')), async (store, planFor) => {
      const page = await store.articles({ limit: 5, offset: 40 });
      expect(page.map((hit) => hit.article.id)).toEqual((await store.articles({ limit: 0 })).slice(40, 45).map((hit) => hit.article.id));
      const plan = await planFor(/FROM \(SELECT a\.id FROM articles a/);
      expect(plan).toMatch(/Limit\s+-> {2}Index Only Scan using articles_page/);
    });
  });

  it("reads one article's record in two statements: the article, then its entities, quotes and events together (were four, each a turn in the queue of a loaded server)", async () => {
    await withStore(twoOutlets(), async (store, _planFor, sent) => {
      const [first] = twoOutlets();
      sent();
      const found = await store.article(first?.key ?? '');
      expect(found?.record.quotes.map((quote) => quote.text)).toEqual(first?.record.quotes.map((quote) => quote.text));
      expect(found?.record.entities).toEqual(first?.record.entities);
      expect(sent()).toHaveLength(2);
    });
  });
});
