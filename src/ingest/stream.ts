/** Reads a byte stream whose format may not be known in advance: a file, standard input, a response body. */
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { IngestedArticle } from './article.js';
import type { FeedOptions } from './feed.js';
import type { FieldMap } from './fields.js';
import { readJsonDocument } from './json.js';
import { readJsonLines } from './jsonl.js';
import { capped, collectCapped, withDefaults, type ReadLimits } from './limits.js';
import { hasContent, isGzip, sniffFormat, SNIFF_BYTES, type StreamFormat } from './sniff.js';
import { textArticle, type TextOptions } from './text.js';

export type { StreamFormat } from './sniff.js';

/** How to read a stream. */
export interface StreamOptions extends TextOptions, FeedOptions {
  /** Read it in this format instead of guessing from its first bytes. */
  format?: StreamFormat;
  /** The URL it was fetched from: an HTML page's id and `url`. */
  url?: string;
  /** How much is read before the stream is reported `too-large` (defaults: DEFAULT_LIMITS). */
  limits?: Partial<ReadLimits>;
  /** JSON fields named the corpus's own way (`--field source=outlet`). */
  fields?: FieldMap;
}

async function* prepend(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

function gunzip(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  // pipeline() passes a failure of either side (a truncated or corrupt archive) on to the reader.
  return pipeline(Readable.from(chunks), createGunzip(), () => undefined);
}

/**
 * Yields the articles of a stream. A gzip stream is decompressed first (found by its magic number).
 * The format is `options.format`, else guessed from the first bytes: JSON lines after `{`, a JSON
 * array after `[`, a feed or HTML page after `<`, else one plain-text article. `label` names the
 * stream in ids and messages (`stdin`, `stdin:3`). A stream of nothing but whitespace yields no
 * article unless a format was given. A JSON line, or a stream read whole, over the article limit,
 * and a gzip stream that decompresses to more than its limit, are read no further: a TooLargeError
 * (thrown, or on the line's record) says so.
 */
export async function* readStream(chunks: AsyncIterable<Uint8Array>, label: string, options: StreamOptions = {}): AsyncGenerator<IngestedArticle> {
  const limits = withDefaults(options.limits);
  const collect = (all: AsyncIterable<Uint8Array>): Promise<Buffer> => collectCapped(all, limits.articleBytes);
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    size += next.value.byteLength;
  }
  const start = Buffer.concat(head);
  const all = prepend(head, iterator);
  if (isGzip(start)) {
    // The decompressed stream is counted: a small file may hold gigabytes (a gzip bomb).
    yield* readStream(capped(gunzip(all), limits.decompressedBytes, 'decompressedBytes'), label, options);
    return;
  }
  if (options.format === undefined && !hasContent(start)) return;
  const format = options.format ?? sniffFormat(start);
  if (format === 'jsonl') yield* readJsonLines(all, label, limits.articleBytes, options.fields);
  else if (format === 'json') yield* readJsonDocument(await collect(all), label, options.fields);
  // The HTML and feed readers (and their DOM library) are loaded only when needed.
  else if (format === 'html') yield (await import('./html.js')).htmlArticle(await collect(all), label, options.url === undefined ? {} : { url: options.url });
  else if (format === 'feed') {
    const feed = { ...(options.fetchPage && { fetchPage: options.fetchPage }), ...(options.url !== undefined && { baseUrl: options.url }) };
    yield* (await import('./feed.js')).readFeed(await collect(all), label, feed);
  }
  else yield textArticle(await collect(all), label, options);
}
