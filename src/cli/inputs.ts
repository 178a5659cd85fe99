/**
 * What `extract` and `ingest` share: the options that say how to read INPUT, the stream of articles
 * with where each came from, and error lines on stderr naming that place.
 */
import { stat } from 'node:fs/promises';
import type { MessageRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import { READABLE_FORMATS, readInputs, type ReadableFormat, type ReadOptions } from '../ingest/inputs.js';
import { isCalendarDay } from '../ingest/dates.js';
import { FIELD_NAMES, type Field, type FieldMap } from '../ingest/fields.js';
import { LIMIT_FLAGS, type ReadLimits } from '../ingest/limits.js';
import type { CommandIO } from './io.js';
import type { Progress } from './progress.js';

/** `parseArgs` options for reading inputs. */
export const INPUT_OPTIONS = {
  from: { type: 'string' },
  date: { type: 'string' },
  'allow-private-links': { type: 'boolean' },
  'max-article-mb': { type: 'string' },
  'max-decompressed-mb': { type: 'string' },
  'max-download-mb': { type: 'string' },
  field: { type: 'string', multiple: true },
} as const;

/** The help lines of those options and of INPUT. */
export const INPUT_HELP = `INPUT is a file, a directory (its .txt, .md, .json, .jsonl, .html, .xml, .rss and .atom files, also
gzipped, recursively, sorted), an http(s) URL, or - for standard input (the default when it is not
a terminal). The format comes from the extension or the Content-Type, else from the content. JSON
lines have one article per line: {"id", "text"|"body"|"content", "date"|"published"?, "title"?,
"url"?, "source"?}. Plain text is one article per file; a feed gives one article per item. The
pages of a web feed's link-only items are not fetched from loopback, link-local or private
addresses unless --allow-private-links is given. Reading stops, and the input is reported
too-large, past 16 MB for one article (a JSON line, or a file, page or stream read whole:
--max-article-mb N), 4096 MB decompressed from one gzip file (--max-decompressed-mb N) and 64 MB
for one download (--max-download-mb N). A corpus that names a field its own way is read with
--field FIELD=NAME (repeatable; FIELD is id, text, title, date, url or source): \`--field
source=outlet\` reads the source from "outlet" alone, and a record without it is reported, not read.`;

/** A bad command line: reported with the usage hint, exit status 2. */
export class UsageError extends Error {}

/** The value if it is one of `allowed`; a UsageError naming the option otherwise. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got "${value}"`);
  return found;
}

/** The --workers option: a whole number, or undefined when absent. */
export function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--workers must be a whole number ≥ 0; got "${value}"`);
  return Number(value);
}

// Below this much input, extraction on one thread finishes before more worker threads have loaded
// their models.
const SMALL_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * The worker threads for `size` bytes of input when the command line names none: `small` for input
 * files under 16 MB in all, else the batch runner's default (undefined: one per core).
 */
export function defaultWorkers(size: number | null, small: number): number | undefined {
  return size !== null && size < SMALL_INPUT_BYTES ? small : undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for an ISO date such as 2024-12-31 (a time may follow) that names a real day (not 2024-02-30). */
export function isIsoDate(value: string): boolean {
  return DATE.test(value) && isCalendarDay(value) && !Number.isNaN(Date.parse(value));
}

/** The limit flags as parsed: megabytes, as written. */
type LimitValues = { [flag in (typeof LIMIT_FLAGS)[keyof ReadLimits]]?: string | undefined };

/** The read limits the command line sets (the others keep their defaults); a UsageError for a bad number. */
export function limitSettings(values: LimitValues): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  for (const [limit, flag] of Object.entries(LIMIT_FLAGS) as Array<[keyof ReadLimits, (typeof LIMIT_FLAGS)[keyof ReadLimits]]>) {
    const value = values[flag];
    if (value === undefined) continue;
    if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) <= 0) throw new UsageError(`--${flag} must be a number of megabytes above 0; got "${value}"`);
    limits[limit] = Math.round(Number(value) * 1024 * 1024);
  }
  return limits;
}

/** The --field options as a map (`source=outlet` → source read from "outlet"); a UsageError for a bad or repeated one. */
export function fieldSettings(given: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const option of given) {
    const match = /^([a-z]+)=(.+)$/.exec(option);
    const field = FIELDS.find((name) => name === match?.[1]);
    if (match === null || field === undefined) throw new UsageError(`--field must be FIELD=NAME with FIELD one of ${FIELDS.join(', ')}; got "${option}"`);
    if (map[field] !== undefined) throw new UsageError(`--field ${field} is given twice ("${map[field]}" and "${match[2] ?? ''}")`);
    map[field] = match[2] ?? '';
  }
  return map;
}

const FIELDS = Object.keys(FIELD_NAMES) as Field[];

/** The inputs to read and how, from the parsed command line. */
export function inputSettings(
  values: { from?: string | undefined; date?: string | undefined; 'allow-private-links'?: boolean | undefined; field?: string[] | undefined } & LimitValues,
  positionals: string[],
  io: CommandIO,
): { inputs: string[]; read: ReadOptions } {
  const from: ReadableFormat | undefined = values.from === undefined ? undefined : oneOf(values.from, READABLE_FORMATS, 'from');
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be an ISO date such as 2024-12-31; got "${values.date}"`);
  let inputs = positionals;
  if (inputs.length === 0) {
    if (io.stdin.isTTY === true) throw new UsageError('no INPUT given (use - to read standard input)');
    inputs = ['-'];
  }
  const read: ReadOptions = {
    stdin: io.stdin,
    ...(from !== undefined && { from }),
    ...(values.date !== undefined && { date: values.date }),
    ...(values['allow-private-links'] === true && { allowPrivateLinks: true }),
    limits: limitSettings(values),
  };
  const fields = fieldSettings(values.field ?? []);
  if (Object.keys(fields).length > 0) read.fields = fields;
  return { inputs, read };
}

/** The bytes of the inputs in all when they are all plain files; null when that is not known. */
export async function inputBytes(inputs: readonly string[]): Promise<number | null> {
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
export interface Read {
  origin: string;
  bytes: number;
  article: IngestedArticle;
}

/**
 * The articles of the inputs, each passed through `keep` (which may drop it by returning null) and
 * noted in `pending`: records come back one per article and in order, so the oldest entry there is
 * always the next record's.
 */
export async function* tracked(
  inputs: string[],
  options: ReadOptions,
  pending: Read[],
  keep: (article: IngestedArticle, bytes: number) => IngestedArticle | null = (article) => article,
): AsyncGenerator<IngestedArticle> {
  let bytes = 0;
  const read = { ...options, onRead: (size: number) => (bytes += size) };
  for await (const found of readInputs(inputs, read)) {
    const article = keep(found, bytes);
    if (article === null) continue;
    pending.push({ origin: article.origin, bytes, article });
    yield article;
  }
}

// Input can reach a message (a JSON parser quotes the bad text): control characters are shown
// escaped, so no input can move the cursor or recolour the terminal.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text with control characters shown as `\uXXXX`. */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes one stderr line per message, naming where the article came from (file:line) and its id when that differs. */
export function reportMessages(messages: MessageRecord[], id: string, origin: string, io: CommandIO, progress: Progress): void {
  if (messages.length > 0) progress.clear();
  const where = origin === id ? origin : `${origin} (${id})`;
  for (const { code, message } of messages) {
    const text = message.startsWith(`${origin}: `) ? message.slice(origin.length + 2) : message;
    io.stderr.write(`${printable(`onrecord: ${where}: ${text} [${code}]`)}\n`);
  }
}
