/**
 * How much is read before an input is reported `too-large` instead of read on: per article (a JSON
 * line, or a file, page or stream read whole), per decompressed file, per download. Reading stops at
 * the limit, so memory stays bounded whatever the input (a gzip bomb, /dev/zero, an endless body).
 */
import { MESSAGE_CODES } from '../doc/messages.js';

/** The limits, in bytes. */
export interface ReadLimits {
  /** One article: a JSON line, or an input read whole (text, HTML, a feed, a JSON document). */
  articleBytes: number;
  /** What one gzip file may decompress to. */
  decompressedBytes: number;
  /** One response body fetched from a URL. */
  downloadBytes: number;
}

const MB = 1024 * 1024;

/** The default limits: 16 MB an article, 4 GB decompressed, 64 MB a download. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = { articleBytes: 16 * MB, decompressedBytes: 4096 * MB, downloadBytes: 64 * MB };

/** The command-line flag (in MB) that raises each limit. */
export const LIMIT_FLAGS = {
  articleBytes: 'max-article-mb',
  decompressedBytes: 'max-decompressed-mb',
  downloadBytes: 'max-download-mb',
} as const satisfies Record<keyof ReadLimits, string>;

const NOUNS: Readonly<Record<keyof ReadLimits, string>> = {
  articleBytes: 'the article',
  decompressedBytes: 'the decompressed file',
  downloadBytes: 'the download',
};

/** Reading stopped at a limit: the message says which, and the flag that raises it. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
  constructor(readonly limit: keyof ReadLimits, bytes: number) {
    super(`${MESSAGE_CODES['too-large']} (${NOUNS[limit]} is over ${Math.round((bytes / MB) * 10) / 10} MB; --${LIMIT_FLAGS[limit]} raises the limit)`);
  }
}

/** The limits with the defaults filled in. */
export function withDefaults(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/** Passes the chunks on until more than `max` bytes have come, then throws a TooLargeError (reading no more). */
export async function* capped(chunks: AsyncIterable<Uint8Array>, max: number, limit: keyof ReadLimits): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > max) throw new TooLargeError(limit, max);
    yield chunk;
  }
}

/** The chunks joined, when they hold at most `max` bytes; a TooLargeError as soon as they hold more. */
export async function collectCapped(chunks: AsyncIterable<Uint8Array>, max: number, limit: keyof ReadLimits = 'articleBytes'): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of capped(chunks, max, limit)) parts.push(chunk);
  return Buffer.concat(parts);
}
