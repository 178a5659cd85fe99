/** `onrecord status --db postgres://…`: the ingest queue's jobs by state, failed jobs with their errors; `--retry` puts failed jobs back. */
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../store/postgres/store.js';
import { openQueue, queueStatus, retryFailed } from '../store/postgres/queue.js';
import { StoreError } from '../store/store.js';
import { printable } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** The help text of `onrecord status`. */
export const STATUS_USAGE = `Usage: onrecord status --db postgres://USER:PASSWORD@HOST:PORT/DATABASE [--retry]

Shows the ingest queue's jobs (batches of articles) by state — queued, retry (due again after a
failure or an expired worker), running, done, failed — and the latest failed jobs with their errors.

Options:
  --db URL      the PostgreSQL database (required)
  --retry       put every failed job back in the queue
  -h, --help    show this help`;

const OPTIONS = { db: { type: 'string' }, retry: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

/** Runs `onrecord status`; resolves to the exit status. */
export async function runStatus(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS }).values;
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.stderr.write(`onrecord status: ${error.message}\nRun 'onrecord status --help' for usage.\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout.write(`${STATUS_USAGE}\n`);
    return 0;
  }
  if (values.db === undefined || !isPostgresUrl(values.db)) {
    io.stderr.write(`onrecord status: --db postgres://… is required: the queue lives in a PostgreSQL database\n`);
    return 2;
  }
  try {
    const queue = await openQueue(values.db);
    try {
      if (values.retry === true) io.stdout.write(`retried: ${await retryFailed(queue)} failed jobs put back in the queue\n`);
      const { states, failures } = await queueStatus(queue);
      io.stdout.write(`queued: ${states.created}\nretry: ${states.retry}\nrunning: ${states.active}\ndone: ${states.completed}\nfailed: ${states.failed}\n`);
      for (const failure of failures) io.stdout.write(`failed job ${failure.id}: ${printable(failure.error)}\n`);
    } finally {
      await queue.close();
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord status: ${printable(error.message)}\n`);
    return 1;
  }
}
