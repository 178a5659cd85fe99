/**
 * A queue worker: takes ingest jobs from the store's PostgreSQL queue one at a time, extracts their
 * articles in this process, and stores the records with the job's completion in one transaction (so a
 * job is completed exactly when its articles are stored). Everything ingest does per article — its
 * key, skipping what is stored unchanged, the English check, failures by name — is `ingest`'s own.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ingest, storeIdentity, type IngestEvent } from './ingest.js';
import { openPostgresStore } from './postgres/store.js';
import { onClient, openQueue, QUEUE, type IngestJob } from './postgres/queue.js';
import type { Store } from './store.js';

/** How a worker runs. */
export interface QueueWorkOptions {
  /** Stop once no job is waiting, running or due for a retry, instead of waiting for more. */
  untilEmpty?: boolean;
  /** Told of every article's outcome, with the job it came in. */
  onEvent?: (event: IngestEvent, job: string) => void;
  /** Told when a job fails, with why. */
  onFailure?: (job: string, error: string) => void;
  /** True once the worker should stop after its current job (a signal). */
  stopping?: () => boolean;
}

const IDLE_PAUSE_MS = 500;

/** Runs a worker against the database at `url` until stopped (or, with `untilEmpty`, until the queue is done); resolves to the jobs it completed. */
export async function workQueue(url: string, options: QueueWorkOptions = {}): Promise<number> {
  const store = openPostgresStore(url, { connections: 2 });
  await store.schemaVersion();
  const queue = await openQueue(url, { supervise: true });
  let done = 0;
  try {
    for (;;) {
      if (options.stopping?.() === true) return done;
      const [job] = await queue.boss.fetch<IngestJob>(QUEUE, { batchSize: 1 });
      if (job === undefined) {
        if (options.untilEmpty === true && (await pending(queue.boss)) === 0) return done;
        await sleep(IDLE_PAUSE_MS);
        continue;
      }
      let completed = false;
      const complete = (client?: Parameters<typeof onClient>[0]): Promise<void> =>
        queue.boss.complete(QUEUE, job.id, {}, client === undefined ? {} : onClient(client)).then(() => {
          completed = true;
        });
      // The job's stored hashes asked for in one query, not one per article as ingest asks.
      const articles = job.data.articles;
      const jobKeys = new Set(articles.map((article) => storeIdentity(article).key));
      let stored: Promise<Map<string, string>> | undefined;
      const hashes = async (keys: readonly string[]): Promise<Map<string, string>> => {
        if (!keys.every((key) => jobKeys.has(key))) return store.hashes(keys);
        const known = await (stored ??= store.hashes([...jobKeys]));
        return new Map(keys.flatMap((key) => (known.has(key) ? [[key, known.get(key) ?? '']] : [])));
      };
      // The store as ingest sees it: its one write of the job completes the job in the same transaction.
      const jobStore: Store = { ...store, hashes, put: (items) => store.putAndThen(items, (client) => complete(client)) };
      try {
        for await (const event of ingest(jobStore, toIterable(articles), { workers: 0, batchSize: articles.length + 1, batchMs: Number.MAX_SAFE_INTEGER })) options.onEvent?.(event, job.id);
        // Nothing to write (all unchanged or failed): the job is done all the same.
        if (!completed) await complete();
        done += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.onFailure?.(job.id, message);
        await queue.boss.fail(QUEUE, job.id, { message }).catch(() => undefined);
      }
    }
  } finally {
    await queue.close().catch(() => undefined);
    await store.close();
  }
}

// Jobs waiting, running or due for a retry: the queue is done when there are none.
async function pending(boss: import('pg-boss')): Promise<number> {
  const db = (boss as unknown as { getDb(): { executeSql(text: string, values: unknown[]): Promise<{ rows: Array<{ n: number }> }> } }).getDb();
  const { rows } = await db.executeSql("SELECT COUNT(*)::int AS n FROM onrecord_queue.job WHERE name = $1 AND state IN ('created', 'retry', 'active')", [QUEUE]);
  return rows[0]?.n ?? 0;
}

async function* toIterable<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}
