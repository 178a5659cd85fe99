/** Turns the command line's INPUT arguments (files, directories, `-`) into one stream of articles. */
import { createReadStream } from 'node:fs';
import { readFile as readBytes, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MESSAGE_CODES } from '../doc/messages.js';
import { inputMessage, unreadable, type IngestedArticle } from './article.js';
import { listArticleFiles } from './directory.js';
import { readJsonDocument } from './json.js';
import { readJsonLines } from './jsonl.js';
import { readStream, type StreamFormat } from './stdin.js';
import { textArticle } from './text.js';

/** Input formats that can be forced with `--from`. */
export const READABLE_FORMATS = ['txt', 'jsonl'] as const;

/** A format that can be forced with `--from`. */
export type ReadableFormat = (typeof READABLE_FORMATS)[number];

/** How to read the inputs. */
export interface ReadOptions {
  /** Read every input in this format instead of guessing it from the extension or the content. */
  from?: ReadableFormat;
  /** The date of plain-text articles. */
  date?: string;
  /** What `-` reads; the process's standard input by default. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Told the size of each piece of an input file as it is read (not of standard input): for progress reports. */
  onRead?: (bytes: number) => void;
}

/** The format of a file, from `--from` or else its extension. */
export function fileFormat(path: string, from?: ReadableFormat): StreamFormat {
  if (from !== undefined) return from;
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  return 'txt';
}

function readFailed(id: string, error: unknown): IngestedArticle {
  const reason = error instanceof Error ? error.message : String(error);
  return unreadable({ id }, id, [inputMessage('read-failed', 'error', `${id}: ${MESSAGE_CODES['read-failed']} (${reason})`)]);
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onRead: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onRead(chunk.byteLength);
    yield chunk;
  }
}

async function* readFile(path: string, label: string, options: ReadOptions): AsyncGenerator<IngestedArticle> {
  const format = fileFormat(path, options.from);
  const onRead = options.onRead ?? ((): void => undefined);
  try {
    if (format === 'jsonl') {
      yield* readJsonLines(counted(createReadStream(path), onRead), label);
      return;
    }
    // Plain text and JSON documents are read whole.
    const bytes = await readBytes(path);
    onRead(bytes.byteLength);
    if (format === 'txt') yield textArticle(bytes, label, options);
    else yield* readJsonDocument(bytes, label);
  } catch (error) {
    // A file that fails part-way keeps the articles already read; the failure gets its own record.
    yield readFailed(label, error);
  }
}

/**
 * Yields the articles of every input in order. An input is `-` (standard input, format guessed
 * from its content), a directory (its article files, recursively, sorted; ids relative to it), or a
 * file (its path as given is its id, or the prefix of its lines' ids). An input that cannot be read
 * gives one unreadable article with a `read-failed` error, and the others are still read.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<IngestedArticle> {
  for (const input of inputs) {
    if (input === '-') {
      const format = options.from === undefined ? {} : { format: options.from };
      yield* readStream(options.stdin ?? process.stdin, 'stdin', { ...options, ...format });
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
      for await (const relative of listArticleFiles(input)) yield* readFile(join(input, relative), relative, options);
    } catch (error) {
      yield readFailed(input, error);
    }
  }
}
