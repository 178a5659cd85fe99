/** `onrecord work --db postgres://…`: workers that take ingest jobs from the database's queue and store their records. */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isPostgresUrl } from '../store/postgres/store.js';
import { JOB_EXPIRY_S, MAINTENANCE_S } from '../store/postgres/queue.js';
import { workQueue } from '../store/queue-work.js';
import { StoreError } from '../store/store.js';
import { printable } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** The help text of `onrecord work`. */
export const WORK_USAGE = `Usage: onrecord work --db postgres://USER:PASSWORD@HOST:PORT/DATABASE [options]

Takes ingest jobs (batches of articles enqueued by \`onrecord ingest --queue\`) from the database's
queue, extracts them and stores their records, each job's records and its completion in one
transaction. Start as many as you like, on any machine that reaches the database. A worker killed
at any moment loses nothing: its job is handed out again once it expires (${JOB_EXPIRY_S} s, checked every
${MAINTENANCE_S} s), and storing an article twice changes nothing.

Options:
  --db URL         the PostgreSQL database (required)
  --workers N      worker processes (default: one per core)
  --until-empty    stop when no job is waiting, running or due for a retry (default: wait for more)
  -h, --help       show this help

Each worker prints a line per job on stderr. Exit status: 0 when stopped (SIGTERM, SIGINT) or
emptied, 1 when the database cannot be used, 2 for a bad command line.`;

const OPTIONS = { db: { type: 'string' }, workers: { type: 'string' }, 'until-empty': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

const BIN = fileURLToPath(new URL('../../../bin/onrecord', import.meta.url));

// One worker, in this process: a line per job, a clean stop on a signal.
async function worker(db: string, untilEmpty: boolean, io: CommandIO): Promise<number> {
  let stop = false;
  const onSignal = (): void => {
    stop = true;
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  const counts = new Map<string, Record<string, number>>();
  try {
    await workQueue(db, {
      untilEmpty,
      stopping: () => stop,
      onEvent: (event, job) => {
        const tally = counts.get(job) ?? {};
        tally[event.kind] = (tally[event.kind] ?? 0) + 1;
        counts.set(job, tally);
        if (event.kind === 'failed') io.stderr.write(`onrecord work: ${printable(event.article.origin)} (${printable(event.article.input.id)}): ${printable(event.messages.map((m) => m.message).join('; '))}\n`);
      },
      onFailure: (job, error) => io.stderr.write(`onrecord work: job ${job} failed: ${printable(error)}\n`),
    });
    return 0;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord work: ${printable(error.message)}\n`);
    return 1;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

function usage(message: string, io: CommandIO): number {
  io.stderr.write(`onrecord work: ${message}\nRun 'onrecord work --help' for usage.\n`);
  return 2;
}

/** Runs `onrecord work`; resolves to the exit status. */
export async function runWork(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS }).values;
  } catch (error) {
    if (!isUsageError(error)) throw error;
    return usage(error.message, io);
  }
  if (values.help !== true && (values.db === undefined || !isPostgresUrl(values.db))) return usage('--db postgres://… is required: the queue lives in a PostgreSQL database', io);
  if (values.workers !== undefined && !/^[1-9]\d*$/.test(values.workers)) return usage(`--workers must be a whole number ≥ 1; got "${values.workers}"`, io);
  if (values.help === true) {
    io.stdout.write(`${WORK_USAGE}\n`);
    return 0;
  }
  const db = values.db ?? '';
  const untilEmpty = values['until-empty'] === true;
  const count = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (count === 1) return worker(db, untilEmpty, io);
  // More than one: a process each (extraction takes a core), this one waiting for them all.
  const children = Array.from({ length: count }, () => spawn(process.execPath, [BIN, 'work', '--db', db, '--workers', '1', ...(untilEmpty ? ['--until-empty'] : [])], { stdio: ['ignore', 'inherit', 'inherit'] }));
  const forward = (signal: NodeJS.Signals): void => children.forEach((child) => child.kill(signal));
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  const codes = await Promise.all(children.map((child) => new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))));
  process.off('SIGTERM', forward);
  process.off('SIGINT', forward);
  return Math.max(...codes);
}
