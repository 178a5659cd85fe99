/** Reads a `.json` file: one article object, or an array of them. */
import { readFile } from 'node:fs/promises';
import { invalidUtf8, type IngestedArticle } from './article.js';
import { decodeUtf8 } from './decode.js';
import type { FieldMap } from './fields.js';
import { articleFromValue, parseJsonLine, readJsonLines } from './jsonl.js';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

// A file of several lines that each open an object is JSON lines, whatever its extension says.
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{'));
}

/**
 * Yields the articles of a JSON document held in memory. `label` names it in messages and ids:
 * an object without id gets `label`, the n-th element of an array without id gets `label:n`.
 */
export async function* readJsonDocument(bytes: Uint8Array, label: string, map: FieldMap = {}): AsyncGenerator<IngestedArticle> {
  const { text, valid } = decodeUtf8(bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (looksLikeJsonLines(text)) {
      yield* readJsonLines(once(bytes), label, undefined, map);
      return;
    }
    // Let the line parser report the error the same way as for JSON lines.
    yield parseJsonLine(text, label, label, map);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (const [index, item] of items.entries()) {
    const origin = Array.isArray(value) ? `${label}:${index + 1}` : label;
    const article = articleFromValue(item, origin, origin, map);
    if (!valid) article.messages.unshift(invalidUtf8(label));
    yield article;
  }
}

/** Reads a `.json` file (a whole document, so it is held in memory: use JSON lines for corpora). */
export async function* readJsonFile(path: string, label: string, map: FieldMap = {}): AsyncGenerator<IngestedArticle> {
  yield* readJsonDocument(await readFile(path), label, map);
}
