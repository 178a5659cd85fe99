/** Turns the command line's INPUT arguments (files, directories, URLs, `-`) into one stream of articles. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MESSAGE_CODES } from '../doc/messages.js';
import { inputMessage, unreadable, type IngestedArticle } from './article.js';
import { listArticleFiles } from './directory.js';
import type { FetchOptions } from './fetch.js';
import type { FieldMap } from './fields.js';
import { capped, collectCapped, TooLargeError, withDefaults, type ReadLimits } from './limits.js';
import { readStream, type StreamFormat } from './stream.js';
import { isUrl } from './url.js';

// The fetching code is loaded with the first URL to read: files are read without it.
async function fetchUrl(...args: Parameters<typeof import('./fetch.js').fetchUrl>): ReturnType<typeof import('./fetch.js').fetchUrl> {
  return (await import('./fetch.js')).fetchUrl(...args);
}

/** Input formats that can be forced with `--from`. */
export const READABLE_FORMATS = ['txt', 'html', 'jsonl', 'feed'] as const;

/** A format that can be forced with `--from`. */
export type ReadableFormat = (typeof READABLE_FORMATS)[number];

/** How to read the inputs. */
export interface ReadOptions {
  /** Read every input in this format instead of guessing it from the extension or the content. */
  from?: ReadableFormat;
  /** The date of every article that has none of its own (plain text, JSON lines without a date, …). */
  date?: string;
  /** What `-` reads; the process's standard input by default. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Told the size of each piece of an input file as it is read (not of standard input): for progress reports. */
  onRead?: (bytes: number) => void;
  /** How URLs are fetched (time limit). */
  fetch?: FetchOptions;
  /**
   * Follow links found in remote content (a web feed's link-only items) to loopback, link-local and
   * private addresses too. Off by default: a feed must not make onrecord read internal services.
   */
  allowPrivateLinks?: boolean;
  /** How much is read before an input is reported `too-large` (defaults: DEFAULT_LIMITS). */
  limits?: Partial<ReadLimits>;
  /** JSON fields named the corpus's own way (`--field source=outlet`): each read from that name alone. */
  fields?: FieldMap;
}

const EXTENSIONS: Array<[string, StreamFormat]> = [
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
  ['.txt', 'txt'],
  ['.md', 'txt'],
];

/** The format of a file, from `--from`, else its extension (`.gz` aside); undefined when the content must tell. */
export function fileFormat(path: string, from?: ReadableFormat): StreamFormat | undefined {
  if (from !== undefined) return from;
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  return EXTENSIONS.find(([extension]) => lower.endsWith(extension))?.[1];
}

function readFailed(id: string, error: unknown): IngestedArticle {
  if (error instanceof TooLargeError) return unreadable({ id }, id, [inputMessage('too-large', 'error', `${id}: ${error.message}`)]);
  const reason = error instanceof Error ? error.message : String(error);
  return unreadable({ id }, id, [inputMessage('read-failed', 'error', `${id}: ${MESSAGE_CODES['read-failed']} (${reason})`)]);
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onRead: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onRead(chunk.byteLength);
    yield chunk;
  }
}

// Failures part-way keep the articles already read; the failure gets its own record.
async function* guarded(label: string, read: () => AsyncGenerator<IngestedArticle>): AsyncGenerator<IngestedArticle> {
  try {
    yield* read();
  } catch (error) {
    yield readFailed(label, error);
  }
}

function readFile(path: string, label: string, options: ReadOptions): AsyncGenerator<IngestedArticle> {
  const format = fileFormat(path, options.from);
  const onRead = options.onRead ?? ((): void => undefined);
  // A file named by its extension is read even when empty; an unknown one must show some content.
  return guarded(label, () => readStream(counted(createReadStream(path), onRead), label, { ...textOptions(options), ...(format !== undefined && { format }) }));
}

function textOptions(options: ReadOptions): { date?: string; limits?: Partial<ReadLimits>; fields?: FieldMap } {
  return { ...(options.date !== undefined && { date: options.date }), ...(options.limits !== undefined && { limits: options.limits }), ...(options.fields !== undefined && { fields: options.fields }) };
}

// A response body, read no further than the download limit.
function download(body: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncIterable<Uint8Array> {
  return capped(body, withDefaults(options.limits).downloadBytes, 'downloadBytes');
}

// A page named by a link in remote content: the link's host must be public unless allowed.
async function readPage(url: string, options: ReadOptions): Promise<IngestedArticle> {
  try {
    const page = await fetchUrl(url, { ...options.fetch, publicOnly: options.allowPrivateLinks !== true });
    const bytes = await collectCapped(download(page.body, options), withDefaults(options.limits).articleBytes);
    // The HTML reader (and its DOM library) is loaded only when a page is read.
    const { htmlArticle } = await import('./html.js');
    return htmlArticle(bytes, url, { url: page.url });
  } catch (error) {
    return readFailed(url, error);
  }
}

function readUrl(url: string, options: ReadOptions): AsyncGenerator<IngestedArticle> {
  return guarded(url, async function* () {
    const response = await fetchUrl(url, options.fetch);
    const format = options.from ?? response.format;
    yield* readStream(download(response.body, options), url, {
      ...textOptions(options),
      url: response.url,
      // Feed items that carry only a link are read from their pages, since the feed itself came from the web.
      fetchPage: (link) => readPage(link, options),
      ...(format !== undefined && { format }),
    });
  });
}

/**
 * Yields the articles of every input in order. An input is `-` (standard input, format guessed
 * from its content), a URL (format from its Content-Type, else its content), a directory (its
 * article files, recursively, sorted; ids relative to it), or a file (format from its extension,
 * else its content; gzip files are decompressed; its path as given is its id, or the prefix of its
 * lines' ids). An input that cannot be read gives one unreadable article with a `read-failed`
 * error (`too-large` when it is over a limit of `options.limits`), and the others are still read.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<IngestedArticle> {
  const { date } = options;
  for await (const article of readEach(inputs, options)) {
    // The date given applies to every article without one of its own, whatever its format.
    if (date !== undefined && article.input.date === undefined) article.input = { ...article.input, date };
    yield article;
  }
}

async function* readEach(inputs: readonly string[], options: ReadOptions): AsyncGenerator<IngestedArticle> {
  for (const input of inputs) {
    if (input === '-') {
      const format = options.from === undefined ? {} : { format: options.from };
      yield* guarded('stdin', () => readStream(options.stdin ?? process.stdin, 'stdin', { ...textOptions(options), ...format }));
      continue;
    }
    if (isUrl(input)) {
      yield* readUrl(input, options);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield readFailed(input, error);
      continue;
    }
    if (!isDirectory) {
      yield* readFile(input, input, options);
      continue;
    }
    try {
      for await (const { path, problem } of listArticleFiles(input)) {
        if (problem === undefined) yield* readFile(join(input, path), path, options);
        else yield readFailed(path, new Error(problem));
      }
    } catch (error) {
      yield readFailed(input, error);
    }
  }
}
