/** The PostgreSQL wiring: placeholders, messages naming the cause, schema versions, writers at once. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { articleKey, contentHash } from '../identity.js';
import { TEST_PG } from '../testing/dialects.js';
import { StoreError } from '../store.js';
import { createPool, numbered, queryable, safeLocation, storeFailure, transaction, type Queryable } from './db.js';
import { paging, readAhead } from './paging.js';
import { openPostgresStore } from './store.js';
import { noTotals } from './totals.js';
import { putBatch } from './write.js';

describe('PostgreSQL wiring', () => {
  it('numbers ? placeholders, leaving quoted text alone', () => {
    expect(numbered("SELECT ? WHERE a = '?' AND b = 'it''s ?' AND c IN (?, ?)")).toBe("SELECT $1 WHERE a = '?' AND b = 'it''s ?' AND c IN ($2, $3)");
  });

  it('a pool that could not hand out a connection in time is a one-line StoreError, not a stack trace (copy of 100,000 articles ended so)', () => {
    const failure = storeFailure('postgres://u:secret@db.example/x', new Error('timeout exceeded when trying to connect'));
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toBe('postgres://u:…@db.example/x: the connection to PostgreSQL was lost (timeout exceeded when trying to connect)');
  });

  it("writes a page's size into its statement, a whole number checked, binds its offset and leaves out an offset of 0 (either bound, the planner costed a generic plan for a tenth of the rows)", () => {
    expect(paging({ limit: 20, offset: 40 })).toMatchObject({ sql: 'LIMIT 20 OFFSET ?', params: [40] });
    expect(paging({ limit: 20 })).toMatchObject({ sql: 'LIMIT 20', params: [] });
    expect(paging({ limit: 0, offset: 3 })).toMatchObject({ sql: 'OFFSET ?', params: [3] });
    expect(paging({ limit: 0 })).toMatchObject({ sql: '', params: [] });
    expect(() => paging({ limit: 2.5 })).toThrow(/limit must be a whole number/);
    // What each merged part reads ahead: the page and its offset; for a first page, its size written in.
    expect(readAhead(paging({ limit: 20 }))).toEqual({ sql: 'LIMIT 20', params: [] });
    expect(readAhead(paging({ limit: 20, offset: 40 }))).toEqual({ sql: 'LIMIT ?', params: [60] });
  });

  it('never shows a password', () => {
    expect(safeLocation('postgres://ann:s3cret@db.example:5432/news')).toBe('postgres://ann:…@db.example:5432/news');
  });

  it('names the cause in one line when the URL cannot be read or the server is down', async () => {
    expect(() => openPostgresStore('postgres://[::1')).toThrow(/not a database URL that can be read/);
    const down = openPostgresStore('postgres://ann:s3cret@127.0.0.1:1/news');
    await expect(down.counts()).rejects.toThrow(/^postgres:\/\/ann:…@127\.0\.0\.1:1\/news: cannot reach the PostgreSQL server \(ECONNREFUSED/);
    await down.close();
  });
});

const text = 'Nothing was said, Ola Brun said.';
const record = (id: string): { key: string; hash: string; record: { id: string; text: string; entities: []; quotes: []; attributions: []; events: []; messages: [] } } => ({
  key: articleKey({ id, text }),
  hash: contentHash({ id, text }),
  record: { id, text, entities: [], quotes: [], attributions: [], events: [], messages: [] },
});

const schemaName = (): string => `test_${randomBytes(6).toString('hex')}`;

describe.skipIf(TEST_PG === undefined)('PostgreSQL store', () => {
  const url = TEST_PG ?? '';

  it('refuses a database of a newer schema than this code knows, naming it', async () => {
    const schema = schemaName();
    const store = openPostgresStore(url, { schema });
    await store.counts();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO ${schema}.schema_migrations (version, name, applied_at) VALUES (99, 'future', 'then')`);
    await client.end();
    await store.close();
    const again = openPostgresStore(url, { schema });
    await expect(again.counts()).rejects.toThrow(/: the database has schema version 99, newer than this onrecord knows/);
    await again.close();
  });

  it('prepares a statement by name on its connection: parsed once, then planned once (a generic plan) after a few runs, where an unnamed one was planned at every run', async () => {
    const pool = createPool(url, { max: 1 });
    const db = queryable(pool);
    for (let n = 0; n < 7; n++) expect(await db.query('SELECT ?::int + 1 AS n', [n])).toEqual([{ n: n + 1 }]);
    const [prepared] = await db.query('SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = ?', ['SELECT $1::int + 1 AS n']);
    expect(Number(prepared?.['generic_plans'])).toBeGreaterThan(0);
    await pool.end();
  });

  it("keeps an idle connection, and so its prepared statements and their plans (the driver closed one idle for 10 s, and a server between bursts planned every statement afresh)", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pool = createPool(url, { max: 1 });
    const db = queryable(pool);
    try {
      const [before] = await db.query('SELECT pg_backend_pid() AS pid');
      vi.advanceTimersByTime(10 * 60_000);
      vi.useRealTimers();
      expect(pool.totalCount).toBe(1);
      expect(await db.query('SELECT pg_backend_pid() AS pid')).toEqual([before]);
    } finally {
      vi.useRealTimers();
      await pool.end();
    }
  });

  it("leaves a statement of a long list of parameters unnamed (a writer's rows: a new text for each length, which would take the readers' places)", async () => {
    const pool = createPool(url, { max: 1 });
    const db = queryable(pool);
    const values = Array.from({ length: 40 }, (_, n) => n);
    expect(await db.query(`SELECT ?::int + ${values.slice(1).map(() => '?::int').join(' + ')} AS n`, values)).toEqual([{ n: 780 }]);
    expect(await db.query("SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + $2::int + %'")).toEqual([{ n: 0 }]);
    await pool.end();
  });

  it("runs a statement prepared before its table changed the columns it returns again unnamed, rather than failing ('cached plan must not change result type')", async () => {
    const pool = createPool(url, { max: 1 });
    const db = queryable(pool);
    const table = schemaName();
    try {
      await db.query(`CREATE TABLE ${table} (a int)`);
      await db.query(`INSERT INTO ${table} VALUES (?)`, [1]);
      expect(await db.query(`SELECT * FROM ${table} WHERE a = ?`, [1])).toEqual([{ a: 1 }]);
      await db.query(`ALTER TABLE ${table} ADD COLUMN b int`);
      expect(await db.query(`SELECT * FROM ${table} WHERE a = ?`, [1])).toEqual([{ a: 1, b: null }]);
    } finally {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
      await pool.end();
    }
  });

  it('lets many writers store articles naming the same new actors at once', async () => {
    const schema = schemaName();
    const writers = Array.from({ length: 4 }, () => openPostgresStore(url, { schema, connections: 2 }));
    const entity = { id: 'e1', name: 'Ola Brun', type: 'person' as const, kbId: null, role: null, country: null, mentions: [{ start: 18, end: 26, text: 'Ola Brun' }] };
    const batches = writers.map((_, w) => Array.from({ length: 10 }, (_, i) => ({ ...record(`w${w}-${i}`), record: { ...record(`w${w}-${i}`).record, entities: [entity] } })));
    const outcomes = await Promise.all(writers.map((writer, w) => writer.put(batches[w] ?? [])));
    expect(outcomes.flat().every((outcome) => outcome === 'stored' || outcome === 'republished')).toBe(true);
    const [first] = writers;
    expect(await first?.counts()).toMatchObject({ articles: 40, actors: 1, entities: 40 });
    expect(await first?.entities()).toMatchObject([{ actor: { key: 'person:ola brun' }, articles: 40, mentions: 40 }]);
    await Promise.all(writers.map((store) => store.close()));
  });

  it('writes a batch in the same few statements whatever its size (a statement per row and per article took ~12 round trips an article)', async () => {
    const schema = schemaName();
    const store = openPostgresStore(url, { schema });
    await store.counts();
    const pool = createPool(url, { schema });
    const entity = { id: 'e1', name: 'Ola Brun', type: 'person' as const, kbId: null, role: 'mayor', country: null, mentions: [{ start: 18, end: 26, text: 'Ola Brun' }] };
    const quote = { id: 'q1', kind: 'direct' as const, start: 0, end: 17, text: 'Nothing was said,', spans: [[0, 17]] as Array<[number, number]>, cue: null, speaker: { entityId: 'e1', name: 'Ola Brun', mention: null } };
    const statements = async (first: number, n: number): Promise<number> => {
      let count = 0;
      const items = Array.from({ length: n }, (_, i) => {
        const item = record(`batch-${first + i}`);
        return { ...item, record: { ...item.record, date: '2024-03-0' + String(1 + (i % 9)), entities: [entity], quotes: [quote] } };
      });
      await transaction(pool, async (tx) => {
        const counted: Queryable = { query: (sql, params) => ((count += 1), tx.query(sql, params)) };
        expect((await putBatch(counted, items, noTotals())).every((outcome) => outcome === 'stored' || outcome === 'republished')).toBe(true);
      });
      return count;
    };
    const few = await statements(0, 3);
    expect(await statements(100, 60)).toBe(few);
    expect(few).toBeLessThanOrEqual(10);
    expect((await store.quotes({ limit: 100 })).length).toBe(63);
    await pool.end();
    await store.close();
  });

  it("closes once the calls under way have finished: an actor's page begun as a server stops is answered, not refused by an ended pool ('Cannot use a pool after calling end')", async () => {
    const store = openPostgresStore(url, { schema: schemaName() });
    const entity = { id: 'e1', name: 'Ola Brun', type: 'person' as const, kbId: null, role: null, country: null, mentions: [{ start: 18, end: 26, text: 'Ola Brun' }] };
    await store.put(Array.from({ length: 5 }, (_, i) => ({ ...record(`close-${i}`), record: { ...record(`close-${i}`).record, entities: [entity] } })));
    const underWay = Array.from({ length: 8 }, () => store.actorPage('person:ola brun', { quotes: { limit: 20 }, events: { limit: 20 }, interactions: { limit: 20 } }));
    await store.close();
    const pages = await Promise.all(underWay);
    expect(pages.every((page) => page?.detail.actor.key === 'person:ola brun')).toBe(true);
    await expect(store.counts()).rejects.toThrow(StoreError);
    await expect(store.counts()).rejects.toThrow(/: the store was closed$/);
  });
});
