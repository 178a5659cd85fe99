/**
 * Distributed ingest through a job queue in the store's own PostgreSQL database: pg-boss 10 (the
 * release line that runs on Node 20; 11 needs Node 22). A job is a batch of articles; a worker takes
 * one, extracts it, and writes its records and the job's completion in one transaction, so a job is
 * done exactly when its articles are stored. A worker killed mid-job leaves its job active until it
 * expires (JOB_EXPIRY_S), when the next maintenance pass (every MAINTENANCE_S) hands it out again; the
 * article keys make its second write idempotent.
 */
import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { IngestedArticle } from '../../ingest/article.js';
import { safeLocation, storeFailure } from './db.js';

/** The queue's name. */
export const QUEUE = 'onrecord-ingest';
/** The schema pg-boss keeps its tables in, beside the store's. */
const QUEUE_SCHEMA = 'onrecord_queue';
// Seconds from the environment, for tests that kill workers and cannot wait a minute.
const seconds = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
/** An active job not completed within this long is taken to be lost with its worker and handed out again (ONRECORD_QUEUE_EXPIRY_S). */
export const JOB_EXPIRY_S = seconds('ONRECORD_QUEUE_EXPIRY_S', 60);
/** How often a worker looks for expired jobs and runs pg-boss's other maintenance (ONRECORD_QUEUE_MAINTENANCE_S). */
export const MAINTENANCE_S = seconds('ONRECORD_QUEUE_MAINTENANCE_S', 20);
/** How many times a job is tried before it is failed for good (a retry by `onrecord status --retry` starts again). */
export const JOB_RETRIES = 4;

/** What a job carries: articles as read, ready to extract. */
export interface IngestJob {
  articles: IngestedArticle[];
}

/** A started queue. */
export interface Queue {
  boss: PgBoss;
  close(): Promise<void>;
}

/** Connects to the queue in the database at `url` (creating its tables and the queue when absent). */
export async function openQueue(url: string, options: { supervise?: boolean } = {}): Promise<Queue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: 4,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: MAINTENANCE_S,
    monitorStateIntervalSeconds: MAINTENANCE_S,
  });
  let failure: unknown;
  boss.on('error', (error) => (failure ??= error));
  try {
    await boss.start();
    if ((await boss.getQueue(QUEUE)) === null) {
      // Two workers starting at once may both try: the second finds it made.
      await boss.createQueue(QUEUE, { name: QUEUE, expireInSeconds: JOB_EXPIRY_S, retryLimit: JOB_RETRIES, retryDelay: 2 }).catch(async (error: unknown) => {
        if ((await boss.getQueue(QUEUE)) === null) throw error;
      });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw storeFailure(url, failure ?? error);
  }
  return { boss, close: () => boss.stop({ graceful: false, wait: true, timeout: 5000 }) };
}

/** Enqueues batches of articles as jobs, in one statement per call. */
export async function enqueue(queue: Queue, batches: readonly IngestedArticle[][]): Promise<void> {
  if (batches.length === 0) return;
  await queue.boss.insert(batches.map((articles) => ({ name: QUEUE, data: { articles } satisfies IngestJob, expireInSeconds: JOB_EXPIRY_S, retryLimit: JOB_RETRIES, retryDelay: 2 })));
}

/** pg-boss's connection option for a statement run on `client` (inside the caller's transaction). */
export function onClient(client: pg.PoolClient): { db: PgBoss.Db } {
  return { db: { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) } };
}

/** Jobs of the queue by state, and the latest failures with their errors. */
export interface QueueStatus {
  states: Record<'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed', number>;
  failures: Array<{ id: string; error: string }>;
}

/** The queue's jobs by state (from its table: archived jobs are not counted), and up to `failures` failed jobs. */
export async function queueStatus(queue: Queue, failures = 20): Promise<QueueStatus> {
  const db = (queue.boss as unknown as { getDb(): PgBoss.Db }).getDb();
  const states: QueueStatus['states'] = { created: 0, retry: 0, active: 0, completed: 0, cancelled: 0, failed: 0 };
  const counted = await db.executeSql(`SELECT state, COUNT(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 GROUP BY state`, [QUEUE]);
  for (const row of counted.rows as Array<{ state: keyof QueueStatus['states']; n: number }>) states[row.state] = row.n;
  const failed = await db.executeSql(`SELECT id::text AS id, output FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT $2`, [QUEUE, failures]);
  return {
    states,
    failures: (failed.rows as Array<{ id: string; output: unknown }>).map((row) => ({ id: row.id, error: errorOf(row.output) })),
  };
}

function errorOf(output: unknown): string {
  if (typeof output === 'object' && output !== null) {
    const message = (output as Record<string, unknown>)['message'] ?? (output as Record<string, unknown>)['error'];
    if (typeof message === 'string') return message;
  }
  return JSON.stringify(output);
}

/** Puts every failed job back in the queue; resolves to how many. */
export async function retryFailed(queue: Queue): Promise<number> {
  const db = (queue.boss as unknown as { getDb(): PgBoss.Db }).getDb();
  const failed = await db.executeSql(`SELECT id::text AS id FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = 'failed'`, [QUEUE]);
  const ids = (failed.rows as Array<{ id: string }>).map((row) => row.id);
  if (ids.length > 0) await queue.boss.retry(QUEUE, ids);
  return ids.length;
}

/** The queue's location for messages. */
export const queueLocation = (url: string): string => `${safeLocation(url)} (queue ${QUEUE})`;
