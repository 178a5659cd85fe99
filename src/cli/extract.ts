/** `onrecord extract [INPUT...]`: articles in, one record per article out, in input order. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
// The public API's functions, imported from their own modules rather than from index.js: that
// would load the language models into this thread, which only hands articles to the workers.
import type { MessageRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import type { ReadOptions } from '../ingest/inputs.js';
import { extractAll, extractRendered, type BatchOptions } from '../pipeline/batch.js';
import { errorsOf } from '../pipeline/guarded.js';
import { INPUT_HELP, INPUT_OPTIONS, inputBytes, inputSettings, oneOf, reportMessages, tracked, UsageError, workersOption, type Read } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { createRecordWriter, OUTPUT_FORMATS, type OutputFormat, type RecordWriter } from './output.js';
import { createProgress, progressMode } from './progress.js';
import { extractWorkers } from './crossover.js';

/** The help text of `onrecord extract`. */
export const EXTRACT_USAGE = `Usage: onrecord extract [options] [INPUT...]

Extracts quotes, entities and events from news articles: one JSON record per article, in input order.

${INPUT_HELP}

Options:
  --to jsonl|json|pretty   output format (default: pretty on a terminal, jsonl otherwise)
  --from txt|html|jsonl|feed  read every input in this format instead of guessing
  --date YYYY-MM-DD        the date of every article without one (plain text, JSON lines, …)
  --workers N              worker threads; 0 = this thread (default: one per core when the input
                           files are larger than where workers were measured to start paying,
                           about 4.5 MB on 2 cores, less on more; this thread below it and on
                           one core)
  --progress               report progress on stderr every 2 s even when it is not a terminal
                           (on a terminal it is shown anyway, unless stdout is the terminal too)
  -h, --help               show this help

Problems with an article are messages in its record; errors are also reported on stderr with the
file and line they came from. Exit status: 0 when every article was read and analysed, 1 when any
record carries an error, 2 for a bad command line.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  to: { type: 'string' },
  workers: { type: 'string' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  inputs: string[];
  to: OutputFormat;
  read: ReadOptions;
  workers?: number;
  progress: boolean;
}

function settings(argv: string[], io: CommandIO): Settings | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (values.help === true) return 'help';
  const to = values.to === undefined ? (io.stdout.isTTY === true ? 'pretty' : 'jsonl') : oneOf(values.to, OUTPUT_FORMATS, 'to');
  const { inputs, read } = inputSettings(values, positionals, io);
  const workers = workersOption(values.workers);
  return { inputs, to, read, progress: values.progress === true, ...(workers !== undefined && { workers }) };
}

/** An extracted article: its id, its errors, and how to write its record. */
interface Extracted {
  id: string;
  errors: MessageRecord[];
  write: (writer: RecordWriter) => Promise<void>;
}

// Whole records for the pretty format; otherwise records written as JSON where they were extracted,
// which is cheaper than sending objects from the workers and writing them here.
async function* extracted(items: AsyncIterable<IngestedArticle>, batch: BatchOptions, to: OutputFormat): AsyncGenerator<Extracted> {
  if (to === 'pretty') {
    for await (const record of extractAll(items, batch)) {
      yield { id: record.id, errors: errorsOf(record), write: (writer) => writer.write(record) };
    }
  } else {
    for await (const { id, errors, json } of extractRendered(items, batch)) yield { id, errors, write: (writer) => writer.writeJson(json) };
  }
}

/** Runs `onrecord extract` with its arguments; resolves to the exit status. */
export async function runExtract(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let parsed: Settings | 'help';
  try {
    parsed = settings(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord extract: ${error.message}\nRun 'onrecord extract --help' for usage.\n`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout.write(`${EXTRACT_USAGE}\n`);
    return 0;
  }
  let closed = false;
  // A reader that goes away (`| head`) ends the run quietly, as for any Unix filter.
  io.stdout.on('error', () => {
    closed = true;
  });
  const writer = createRecordWriter(parsed.to, io.stdout);
  const size = await inputBytes(parsed.inputs);
  const workers = parsed.workers ?? extractWorkers(size, availableParallelism());
  const batch = workers === undefined ? {} : { workers };
  const mode = progressMode(io.stderr.isTTY === true, io.stdout.isTTY === true, parsed.progress);
  const progress = createProgress({ stream: io.stderr, mode, totalBytes: size });
  const pending: Read[] = [];
  let total = 0;
  let failed = 0;
  for await (const article of extracted(tracked(parsed.inputs, parsed.read, pending), batch, parsed.to)) {
    if (closed) break;
    total += 1;
    const read = pending.shift();
    reportMessages(article.errors, article.id, read?.origin ?? article.id, io, progress);
    if (article.errors.length > 0) failed += 1;
    await article.write(writer);
    progress.tick(read?.bytes ?? 0);
  }
  progress.end();
  if (!closed) await writer.end();
  if (failed > 0) io.stderr.write(`onrecord: ${failed} of ${total} articles had errors\n`);
  return failed > 0 ? 1 : 0;
}
