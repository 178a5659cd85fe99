/**
 * The PostgreSQL dialect of the store: a `pg` pool, connected and migrated on first use, wired to the
 * writer (a transaction per batch, a savepoint per article) and the readers.
 */
import type pg from 'pg';
import { StoreError, type PutOutcome, type Store, type StoreCounts, type StoredArticle } from '../store.js';
import { createPool, isRetryable, queryable, retried, safeLocation, storeFailure, transaction, type Queryable } from './db.js';
import { findActor, findArticle, findArticles, findArticlesWithId, findInteractions } from './browse.js';
import { migratePg, pgVersion } from './migrate.js';
import { PG_LATEST_VERSION } from './migrations.js';
import { findActorPage } from './actor-page.js';
import { findActors, findEvents, findQuotes, recordsOf } from './read.js';
import { pgStoreStats } from './stats.js';
import { storedEntries } from '../sql/rows.js';
import { putAll } from './put.js';
import { noTotals, saveTotals } from './totals.js';
import { removeOne } from './write.js';

/** How to open a PostgreSQL store. */
export interface PostgresOptions {
  /** Only read: no migration, no write. */
  readonly?: boolean;
  /** The schema (namespace) the store's tables live in; created when absent (tests use one each). */
  schema?: string;
  /** Connections at most. */
  connections?: number;
  /** Told each statement the readers run, with its parameters (the PostgreSQL bench prints their plans). */
  onQuery?: (sql: string, params: readonly unknown[]) => void;
}

const EXPORT_PAGE = 200;

/** True for a `postgres://` or `postgresql://` location. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A PostgreSQL store: a Store that can also do more work in the transaction of a write. */
export interface PostgresStore extends Store {
  /** As `put`, then `then` on the same connection in the same transaction (a queue's job completed with the write it did). */
  putAndThen(articles: readonly StoredArticle[], then?: (client: pg.PoolClient) => Promise<void>): Promise<PutOutcome[]>;
}

/** Opens the store at a PostgreSQL URL. It connects (and migrates) on first use: a failure to connect rejects that call with a StoreError. */
export function openPostgresStore(url: string, options: PostgresOptions = {}): PostgresStore {
  const location = safeLocation(url);
  const pool = createPool(url, { ...(options.connections !== undefined && { max: options.connections }), ...(options.schema !== undefined && { schema: options.schema }) });
  const plain = queryable(pool);
  const onQuery = options.onQuery;
  const db: Queryable = onQuery === undefined ? plain : { query: (sql, params = []) => (onQuery(sql, params), plain.query(sql, params)) };
  let ready: Promise<void> | undefined;
  const prepare = async (): Promise<void> => {
    if (options.readonly === true) {
      const version = await pgVersion(db);
      if (version !== PG_LATEST_VERSION) throw new StoreError(`${location}: the database has schema version ${version}, this onrecord reads ${PG_LATEST_VERSION}; run \`onrecord ingest\` on it to migrate it`, true);
    } else {
      await migratePg(pool, location, options.schema);
    }
  };
  // The calls under way: close() waits for them, since a call of several statements (an actor's page)
  // still has statements to run when a server stops, and the pool, once ended, refuses them with a stack trace.
  const running = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;
  const call = async <T>(work: (db: Queryable) => Promise<T>): Promise<T> => {
    if (closing !== undefined) throw new StoreError(`${location}: the store was closed`, true);
    const done = (async () => {
      try {
        ready ??= prepare();
        await ready;
        return await work(db);
      } catch (error) {
        throw storeFailure(url, error);
      }
    })();
    running.add(done);
    try {
      return await done;
    } finally {
      running.delete(done);
    }
  };
  const writable = (): void => {
    if (options.readonly === true) throw new StoreError(`${location}: opened read-only`, true);
  };
  let seen: Promise<string> | null = null;
  // A connection lost or a deadlock ends the transaction; any other failure is one article's.
  const fatal = (error: unknown): unknown => {
    const failure = storeFailure(url, error);
    return failure instanceof StoreError || isRetryable(error) ? failure : null;
  };
  // A batch in one transaction (put.ts); `then` runs last in the same transaction.
  const putAndThen = (articles: readonly StoredArticle[], then?: (db: pg.PoolClient) => Promise<void>): Promise<PutOutcome[]> =>
    call(async () => {
      writable();
      return retried(() =>
        transaction(pool, async (tx, client) => {
          const totals = noTotals();
          const outcomes = await putAll(tx, articles, totals, fatal);
          await saveTotals(tx, totals);
          await then?.(client);
          return outcomes;
        }),
      );
    });
  return {
    dialect: 'postgres',
    location,
    schemaVersion: () => call(pgVersion),
    hashes: (keys) =>
      call(async (q) => {
        const rows = keys.length === 0 ? [] : await q.query('SELECT key, hash FROM articles WHERE key = ANY(?)', [[...keys]]);
        return new Map(rows.map((row) => [String(row['key']), String(row['hash'])]));
      }),
    put: (articles) => putAndThen(articles),
    putAndThen,
    remove: (key) =>
      call(async () => {
        writable();
        return transaction(pool, async (tx) => {
          const totals = noTotals();
          const removed = await removeOne(tx, key, totals);
          if (removed) await saveTotals(tx, totals);
          return removed;
        });
      }),
    quotes: (filter = {}) => call((q) => findQuotes(q, filter)),
    entities: (filter = {}) => call((q) => findActors(q, filter)),
    events: (filter = {}) => call((q) => findEvents(q, filter)),
    articles: (filter = {}) => call((q) => findArticles(q, filter)),
    article: (key) => call((q) => findArticle(q, key)),
    articlesWithId: (id, source) => call((q) => findArticlesWithId(q, id, source)),
    actor: (key) => call((q) => findActor(q, key)),
    actorPage: (key, lists) => call((q) => findActorPage(q, key, lists)),
    interactions: (filter = {}) => call((q) => findInteractions(q, filter)),
    async *records() {
      for (let after = 0; ; ) {
        const page = await call(async (q) => {
          const rows = await q.query('SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?', [after, EXPORT_PAGE]);
          return { records: await recordsOf(q, rows), last: Number(rows.at(-1)?.['id'] ?? after) };
        });
        yield* page.records;
        if (page.records.length < EXPORT_PAGE) return;
        after = page.last;
      }
    },
    async *entries() {
      for (let after = 0; ; ) {
        const page = await call(async (q) => {
          const rows = await q.query('SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?', [after, EXPORT_PAGE]);
          return { entries: storedEntries(rows, await recordsOf(q, rows)), last: Number(rows.at(-1)?.['id'] ?? after) };
        });
        yield* page.entries;
        if (page.entries.length < EXPORT_PAGE) return;
        after = page.last;
      }
    },
    stats: () => call(pgStoreStats),
    counts: () =>
      call(async (q): Promise<StoreCounts> => {
        const found = new Map((await q.query('SELECT name, n FROM store_totals')).map((row) => [String(row['name']), Number(row['n'])]));
        const get = (name: string): number => found.get(name) ?? 0;
        return { articles: get('articles'), actors: get('actors'), entities: get('entities'), quotes: get('quotes'), attributions: get('attributions'), events: get('events') };
      }),
    dataVersion: () => {
      // Every write transaction moves the 'writes' total; read once per turn of the event loop.
      if (seen === null) {
        seen = call(async (q) => String((await q.query("SELECT n FROM store_totals WHERE name = 'writes'"))[0]?.['n'] ?? 0));
        setImmediate(() => (seen = null));
      }
      return seen;
    },
    close: () =>
      (closing ??= (async () => {
        await Promise.allSettled([...running]);
        await (pool as pg.Pool).end().catch(() => undefined);
      })()),
  };
}
