/** Reads standard input (or any byte stream) whose format is not known in advance. */
import type { IngestedArticle } from './article.js';
import { readJsonDocument } from './json.js';
import { readJsonLines } from './jsonl.js';
import { textArticle, type TextOptions } from './text.js';

/** Formats a stream can be read as. */
export type StreamFormat = 'txt' | 'jsonl' | 'json';

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]);

function firstSignificantByte(chunk: Uint8Array): number | undefined {
  // Whitespace and the bytes of a UTF-8 byte-order mark come before the content.
  return chunk.find((byte) => !WHITESPACE.has(byte));
}

async function* prepend(head: Uint8Array[], rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/**
 * Yields the articles of a stream: JSON lines when its first significant character is `{`, a JSON
 * array when it is `[`, else one plain-text article. `format` overrides the guess. `label` names
 * the stream in ids and messages (`stdin`, `stdin:3`). An empty stream yields no article.
 */
export async function* readStream(
  chunks: AsyncIterable<Uint8Array>,
  label: string,
  options: TextOptions & { format?: StreamFormat } = {},
): AsyncGenerator<IngestedArticle> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let format = options.format;
  while (format === undefined) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    const byte = firstSignificantByte(next.value);
    if (byte !== undefined) format = byte === 0x7b ? 'jsonl' : byte === 0x5b ? 'json' : 'txt';
  }
  // Nothing but whitespace: no article, unless the caller said it is plain text.
  if (format === undefined) return;
  const all = prepend(head, iterator);
  if (format === 'jsonl') yield* readJsonLines(all, label);
  else if (format === 'json') yield* readJsonDocument(await collect(all), label);
  else yield textArticle(await collect(all), label, options);
}
