/** Reads JSON lines, one article per line, streaming: one line is decoded and parsed at a time. */
import { MESSAGE_CODES } from '../doc/messages.js';
import { inputMessage, invalidUtf8, unreadable, type IngestedArticle } from './article.js';
import { decodeUtf8 } from './decode.js';
import { articleFields, fieldNamesText, ignoredFields, missingFields, salvageId, type FieldMap } from './fields.js';
import { DEFAULT_LIMITS, TooLargeError } from './limits.js';
import { byteLines } from './lines.js';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parses one line into an article. A line that is not a JSON object, or has no text, still gives
 * an article — unreadable, with an error naming the line — so the output keeps one record per line.
 */
export function parseJsonLine(line: string, origin: string, fallbackId: string, map: FieldMap = {}): IngestedArticle {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const message = `${origin}: ${MESSAGE_CODES['bad-json']} (${errorText(error)})`;
    return unreadable({ id: salvageId(line) ?? fallbackId }, origin, [inputMessage('bad-json', 'error', message)]);
  }
  return articleFromValue(value, origin, fallbackId, map);
}

/**
 * The article held in a parsed JSON value, its fields named as `map` says (else by FIELD_NAMES);
 * unreadable, with an error, when it is not one or lacks a field the map names.
 */
export function articleFromValue(value: unknown, origin: string, fallbackId: string, map: FieldMap = {}): IngestedArticle {
  const fields = articleFields(value, map);
  if (fields === null) {
    const message = `${origin}: ${MESSAGE_CODES['bad-json']} (a JSON object was expected)`;
    return unreadable({ id: fallbackId }, origin, [inputMessage('bad-json', 'error', message)]);
  }
  const { text, id = fallbackId, ...meta } = fields;
  const missing = missingFields(value, map);
  if (missing.length > 0) {
    const message = `${origin}: ${MESSAGE_CODES['missing-field']} (no ${missing.map((flag) => `"${flag.split('=')[1] ?? ''}" for ${flag}`).join(', ')})`;
    return unreadable({ ...meta, id }, origin, [inputMessage('missing-field', 'error', message)]);
  }
  if (text === undefined) {
    const message = `${origin}: ${MESSAGE_CODES['no-text']} (expected ${fieldNamesText('text', map)} as a string)`;
    return unreadable({ ...meta, id }, origin, [inputMessage('no-text', 'error', message)]);
  }
  // Fields of the wrong kind are ignored, and said to be: a title given as a number is not silently lost.
  const messages = ignoredFields(value, map).map((problem) => inputMessage('bad-field', 'warning', `${origin}: ${MESSAGE_CODES['bad-field']} (${problem})`));
  // The line's other fields, then id and text, added to the one object: a spread that adds keys
  // ({ ...meta, id, text }) gives each article's object a hidden class of its own in V8.
  const input = Object.assign(meta, { id, text });
  return { input, origin, messages, readable: true, ...(fields.id === undefined && { madeId: true }) };
}

/**
 * Yields the articles of a JSON-lines stream. `label` names the stream in messages and in the
 * ids of lines that have none (`label:lineNo`). Blank lines are skipped. A line longer than
 * `maxLineBytes` is not read on: it gives an unreadable article with a `too-large` error.
 */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array>, label: string, maxLineBytes = DEFAULT_LIMITS.articleBytes, map: FieldMap = {}): AsyncGenerator<IngestedArticle> {
  for await (const { bytes, lineNo, tooLong } of byteLines(chunks, maxLineBytes)) {
    const { text, valid } = decodeUtf8(bytes);
    const origin = `${label}:${lineNo}`;
    if (tooLong) {
      // The line was not read on; its id may still show in its first bytes.
      const message = `${origin}: ${new TooLargeError('articleBytes', maxLineBytes).message}`;
      yield unreadable({ id: salvageId(text) ?? origin }, origin, [inputMessage('too-large', 'error', message)]);
      continue;
    }
    if (text.trim() === '') continue;
    const article = parseJsonLine(text, origin, origin, map);
    if (!valid) article.messages.unshift(invalidUtf8(origin));
    yield article;
  }
}
