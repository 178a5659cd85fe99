/** `onrecord extract [INPUT...]`: articles in, one record per article out, in input order. */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
// The public API's functions, imported from their own modules rather than from index.js: that
// would load the language models into this thread, which only hands articles to the workers.
import type { ArticleRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import { READABLE_FORMATS, readInputs, type ReadableFormat, type ReadOptions } from '../ingest/inputs.js';
import { extractAll } from '../pipeline/batch.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { createRecordWriter, OUTPUT_FORMATS, type OutputFormat } from './output.js';
import { createProgress, progressMode, type Progress } from './progress.js';

/** The help text of `onrecord extract`. */
export const EXTRACT_USAGE = `Usage: onrecord extract [options] [INPUT...]

Extracts quotes, entities and events from news articles: one JSON record per article, in input order.

INPUT is a file, a directory (its .txt, .md, .json and .jsonl files, recursively, sorted), or - for
standard input (the default when it is not a terminal). JSON lines have one article per line:
{"id", "text", "date"?, "title"?, "url"?, "source"?}. Plain text is one article per file.

Options:
  --to jsonl|json|pretty   output format (default: pretty on a terminal, jsonl otherwise)
  --from txt|jsonl         read every input in this format instead of guessing
  --date YYYY-MM-DD        the date of plain-text articles
  --workers N              worker threads; 0 = this thread (default: this thread for input files
                           under 16 MB in all, where starting workers costs more than it saves;
                           otherwise one per core)
  --progress               report progress on stderr every 2 s even when it is not a terminal
                           (on a terminal it is shown anyway, unless stdout is the terminal too)
  -h, --help               show this help

Problems with an article are messages in its record; errors are also reported on stderr with the
file and line they came from. Exit status: 0 when every article was read and analysed, 1 when any
record carries an error, 2 for a bad command line.`;

const OPTIONS = {
  to: { type: 'string' },
  from: { type: 'string' },
  date: { type: 'string' },
  workers: { type: 'string' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const NOT_YET = new Set(['html', 'feed']);
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

class UsageError extends Error {}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${value}"`);
  return found;
}

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
  if (values.from !== undefined && NOT_YET.has(values.from)) throw new UsageError(`--from ${values.from} is not supported yet`);
  const from: ReadableFormat | undefined = values.from === undefined ? undefined : oneOf(values.from, READABLE_FORMATS, 'from');
  if (values.date !== undefined && (!DATE.test(values.date) || Number.isNaN(Date.parse(values.date)))) {
    throw new UsageError(`--date must be an ISO date such as 2024-12-31; got "${values.date}"`);
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    if (!/^\d+$/.test(values.workers)) throw new UsageError(`--workers must be a whole number ≥ 0; got "${values.workers}"`);
    workers = Number(values.workers);
  }
  const url = positionals.find((input) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input));
  if (url !== undefined) throw new UsageError(`URL input is not supported yet: ${url}`);
  let inputs = positionals;
  if (inputs.length === 0) {
    if (io.stdin.isTTY === true) throw new UsageError('no INPUT given (use - to read standard input)');
    inputs = ['-'];
  }
  const read: ReadOptions = {
    stdin: io.stdin,
    ...(from !== undefined && { from }),
    ...(values.date !== undefined && { date: values.date }),
  };
  return { inputs, to, read, progress: values.progress === true, ...(workers !== undefined && { workers }) };
}

// Below this much input, one thread finishes before worker threads have loaded their models.
const SMALL_INPUT_BYTES = 16 * 1024 * 1024;

/** The bytes of the inputs in all when they are all plain files; null when that is not known. */
async function inputBytes(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return null;
    const info = await stat(input).catch(() => null);
    if (!info || !info.isFile()) return null;
    total += info.size;
  }
  return total;
}

/** Where an article came from, and how many input bytes had been read once it was. */
interface Read {
  origin: string;
  bytes: number;
}

/**
 * The articles of the inputs, noting each one's `Read` in `pending`: records come back one per
 * article and in order, so the oldest entry there is always the next record's.
 */
async function* tracked(inputs: string[], options: ReadOptions, pending: Read[]): AsyncGenerator<IngestedArticle> {
  let bytes = 0;
  const read = { ...options, onRead: (size: number) => (bytes += size) };
  for await (const article of readInputs(inputs, read)) {
    pending.push({ origin: article.origin, bytes });
    yield article;
  }
}

// Input can reach a message (a JSON parser quotes the bad text): control characters are shown
// escaped, so no input can move the cursor or recolour the terminal.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function printable(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// One line per error, naming where the article came from (file:line) and its id when that differs.
function reportErrors(record: ArticleRecord, origin: string, io: CommandIO, progress: Progress): boolean {
  const errors = record.messages.filter((message) => message.level === 'error');
  if (errors.length > 0) progress.clear();
  const where = origin === record.id ? origin : `${origin} (${record.id})`;
  for (const { code, message } of errors) {
    const text = message.startsWith(`${origin}: `) ? message.slice(origin.length + 2) : message;
    io.stderr.write(`${printable(`onrecord: ${where}: ${text} [${code}]`)}\n`);
  }
  return errors.length > 0;
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
  const workers = parsed.workers ?? (size !== null && size < SMALL_INPUT_BYTES ? 0 : undefined);
  const batch = workers === undefined ? {} : { workers };
  const mode = progressMode(io.stderr.isTTY === true, io.stdout.isTTY === true, parsed.progress);
  const progress = createProgress({ stream: io.stderr, mode, totalBytes: size });
  const pending: Read[] = [];
  let total = 0;
  let failed = 0;
  for await (const record of extractAll(tracked(parsed.inputs, parsed.read, pending), batch)) {
    if (closed) break;
    total += 1;
    const read = pending.shift() ?? { origin: record.id, bytes: 0 };
    if (reportErrors(record, read.origin, io, progress)) failed += 1;
    await writer.write(record);
    progress.tick(read.bytes);
  }
  progress.end();
  if (!closed) await writer.end();
  if (failed > 0) io.stderr.write(`onrecord: ${failed} of ${total} articles had errors\n`);
  return failed > 0 ? 1 : 0;
}
