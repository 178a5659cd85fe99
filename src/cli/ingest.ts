/** `onrecord ingest INPUT... [--db FILE]`: extracts articles and stores them, idempotently, a transaction per batch. */
import { parseArgs } from 'node:util';
import type { IngestedArticle } from '../ingest/article.js';
import type { ReadOptions } from '../ingest/inputs.js';
import { readInputs } from '../ingest/inputs.js';
import { ingest } from '../store/ingest.js';
import { connectStore, DEFAULT_DB } from '../store/open.js';
import { StoreError, type Store } from '../store/store.js';
import { defaultWorkers, INPUT_HELP, INPUT_OPTIONS, inputBytes, inputSettings, printable, reportMessages, UsageError, workersOption } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { createProgress } from './progress.js';
import { runEnqueue } from './enqueue.js';

/** The help text of `onrecord ingest`. */
export const INGEST_USAGE = `Usage: onrecord ingest [options] INPUT...

Extracts quotes, entities and events from news articles and stores them in a SQLite or PostgreSQL database.

${INPUT_HELP}

An article is the same article when it has the same id within its source (the input's "id" and
"source"), else (without an id) the same URL, else the same text. Storing it again is a no-op; a
changed text or metadata replaces all its records. The same text under another id or source is an
article of its own (counted as "stored with the same text as another"). Articles are committed a
batch at a time: a run that is stopped at any moment can be run again to finish, with nothing lost
or stored twice. Articles that do not look English are skipped.

Options:
  --db FILE|URL            the database: a SQLite file (default: ./${DEFAULT_DB}; created when
                           absent) or postgres://USER:PASSWORD@HOST:PORT/DATABASE
  --from txt|html|jsonl|feed  read every input in this format instead of guessing
  --date YYYY-MM-DD        the date of every article without one (plain text, JSON lines, …)
  --workers N              worker threads for extraction; 0 = this thread (default: one, while this
                           thread writes, for input files under 16 MB in all, where more workers cost
                           more than they save; otherwise one per core)
  --batch N                articles per transaction (default 256)
  --all-languages          do not skip articles that do not look English
  --queue                  with --db postgres://…: enqueue the articles as jobs (of --batch articles,
                           default 64) for \`onrecord work\` to extract and store; see \`onrecord status\`
  -h, --help               show this help

Progress goes to stderr: redrawn on a terminal, a plain line every 2 s otherwise. Each article that
is not stored is named on stderr with the reason. Exit status: 0 when every article was stored (or
already was), 1 when any was not, 2 for a bad command line.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  db: { type: 'string' },
  workers: { type: 'string' },
  batch: { type: 'string' },
  'all-languages': { type: 'boolean' },
  queue: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  inputs: string[];
  read: ReadOptions;
  db: string;
  workers?: number;
  batch?: number;
  englishOnly: boolean;
  queue: boolean;
}

function settings(argv: string[], io: CommandIO): Settings | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (values.help === true) return 'help';
  const { inputs, read } = inputSettings(values, positionals, io);
  const workers = workersOption(values.workers);
  let batch: number | undefined;
  if (values.batch !== undefined) {
    if (!/^[1-9]\d*$/.test(values.batch)) throw new UsageError(`--batch must be a whole number ≥ 1; got "${values.batch}"`);
    batch = Number(values.batch);
  }
  return {
    inputs,
    read,
    db: values.db ?? DEFAULT_DB,
    englishOnly: values['all-languages'] !== true,
    queue: values.queue === true,
    ...(workers !== undefined && { workers }),
    ...(batch !== undefined && { batch }),
  };
}

/** Counts of what happened, for the closing line. */
type Tally = Record<'stored' | 'republished' | 'replaced' | 'unchanged' | 'failed', number>;

function summary(tally: Tally, seconds: number, db: string): string {
  const total = tally.stored + tally.republished + tally.replaced + tally.unchanged + tally.failed;
  const rate = seconds > 0 ? ` (${(total / seconds).toFixed(0)}/s)` : '';
  const counts = `${tally.stored} stored, ${tally.republished} stored with the same text as another, ${tally.replaced} replaced, ${tally.unchanged} unchanged, ${tally.failed} not stored`;
  return `onrecord: ${total.toLocaleString('en-US')} articles in ${seconds.toFixed(1)} s${rate}: ${counts} → ${db}`;
}

/** Runs `onrecord ingest`; resolves to the exit status. */
export async function runIngest(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let parsed: Settings | 'help';
  try {
    parsed = settings(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord ingest: ${error.message}\nRun 'onrecord ingest --help' for usage.\n`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout.write(`${INGEST_USAGE}\n`);
    return 0;
  }
  const run = parsed;
  if (run.queue) return runEnqueue(run.inputs, run.read, run.db, run.batch, io);
  let store: Store;
  try {
    store = await connectStore(parsed.db);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord ingest: ${printable(error.message)}\n`);
    return 1;
  }
  const started = performance.now();
  const size = await inputBytes(parsed.inputs);
  const progress = createProgress({ stream: io.stderr, mode: io.stderr.isTTY === true ? 'live' : 'lines', totalBytes: size });
  // The input bytes read by the time each article was: the progress share and ETA.
  const readAt = new WeakMap<IngestedArticle, number>();
  let bytes = 0;
  async function* counted(): AsyncGenerator<IngestedArticle> {
    for await (const article of readInputs(run.inputs, { ...run.read, onRead: (size) => (bytes += size) })) {
      readAt.set(article, bytes);
      yield article;
    }
  }
  const tally: Tally = { stored: 0, republished: 0, replaced: 0, unchanged: 0, failed: 0 };
  // One worker extracts while this thread writes the store.
  const workers = parsed.workers ?? defaultWorkers(size, 1);
  const options = {
    englishOnly: parsed.englishOnly,
    ...(workers !== undefined && { workers }),
    ...(parsed.batch !== undefined && { batchSize: parsed.batch }),
  };
  let fatal: StoreError | undefined;
  try {
    for await (const event of ingest(store, counted(), options)) {
      tally[event.kind] += 1;
      if (event.kind === 'failed') reportMessages(event.messages, event.article.input.id, event.article.origin, io, progress);
      progress.tick(readAt.get(event.article) ?? bytes);
    }
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    fatal = error;
  } finally {
    await store.close().catch(() => undefined);
  }
  // The closing line below says what a last progress line would.
  if (io.stderr.isTTY === true) progress.end();
  if (fatal) {
    io.stderr.write(`onrecord ingest: ${printable(fatal.message)}; the run stopped, and the batch being written was not stored\n`);
  }
  io.stderr.write(`${summary(tally, (performance.now() - started) / 1000, store.location)}\n`);
  return fatal || tally.failed > 0 ? 1 : 0;
}
