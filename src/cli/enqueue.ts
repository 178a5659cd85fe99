/** `onrecord ingest --queue`: the articles read go to the database's queue as jobs, for `onrecord work`. */
import type { ReadOptions } from '../ingest/inputs.js';
import { readInputs } from '../ingest/inputs.js';
import { enqueueArticles, JOB_SIZE } from '../store/enqueue.js';
import { connectStore } from '../store/open.js';
import { isPostgresUrl, type PostgresStore } from '../store/postgres/store.js';
import { StoreError } from '../store/store.js';
import { printable, reportMessages } from './inputs.js';
import type { CommandIO } from './io.js';
import { createProgress } from './progress.js';

/** Enqueues the articles of `inputs`; resolves to the exit status (1 when any could not be read or the database failed). */
export async function runEnqueue(inputs: string[], read: ReadOptions, db: string, jobSize: number | undefined, io: CommandIO): Promise<number> {
  if (!isPostgresUrl(db)) {
    io.stderr.write(`onrecord ingest: --queue needs --db postgres://…: the queue lives in a PostgreSQL database\n`);
    return 2;
  }
  const tally = { enqueued: 0, unchanged: 0, failed: 0 };
  const started = performance.now();
  const progress = createProgress({ stream: io.stderr, mode: 'lines' });
  let store: PostgresStore | undefined;
  try {
    store = (await connectStore(db)) as PostgresStore;
    for await (const event of enqueueArticles(db, store, readInputs(inputs, read), jobSize ?? JOB_SIZE)) {
      tally[event.kind] += 1;
      if (event.kind === 'failed') reportMessages(event.article.messages, event.article.input.id, event.article.origin, io, progress);
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord ingest: ${printable(error.message)}; nothing more was enqueued\n`);
    return 1;
  } finally {
    await store?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  io.stderr.write(`onrecord: ${tally.enqueued} articles enqueued, ${tally.unchanged} already stored unchanged, ${tally.failed} not readable, in ${seconds.toFixed(1)} s → ${printable(store?.location ?? db)}; run \`onrecord work\` to store them\n`);
  return tally.failed > 0 ? 1 : 0;
}
