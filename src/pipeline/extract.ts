/** The library's main entry: one article in, one record out. Never throws on bad content. */
import { Doc } from '../doc/document.js';
import type { ArticleInput, ArticleRecord } from '../doc/record.js';
import { toRecord } from '../doc/to-record.js';
import type { Pipeline } from './pipeline.js';
import { defaultPipeline } from './presets.js';

/** Options for `extract`. */
export interface ExtractOptions {
  /** The pipeline to run; the default one when absent. */
  pipeline?: Pipeline;
  /** The id given to an article that has none. */
  fallbackId?: string;
  /** Texts longer than this (UTF-16 units) are analysed only up to it; the record keeps the whole text. */
  maxChars?: number;
}

/** Texts longer than this are analysed only up to this length by default. */
export const DEFAULT_MAX_CHARS = 1_000_000;

// Control characters other than tab, newline, carriage return and form feed mark binary data.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  const controls = sample.match(CONTROL)?.length ?? 0;
  return sample.includes('\u0000') || controls > sample.length * 0.05;
}

/**
 * Extracts the record of one article. Problems with the content (empty or binary text, an
 * unclosed quotation, an extractor failure) become messages on the record; the record always comes back.
 */
export function extract(input: ArticleInput, options: ExtractOptions = {}): ArticleRecord {
  const { text, ...meta } = input;
  const id = meta.id ?? options.fallbackId ?? '1';
  const full = new Doc(text, { ...meta, id });
  if (text.trim() === '') {
    full.warn('empty-text', undefined, 'error');
    return toRecord(full);
  }
  if (looksBinary(text)) {
    full.warn('binary-text', undefined, 'error');
    return toRecord(full);
  }
  const limit = options.maxChars ?? DEFAULT_MAX_CHARS;
  // A too-long text is analysed on a prefix; the record still returns the whole text, so offsets stay valid.
  const doc = text.length > limit ? new Doc(text.slice(0, limit), { ...meta, id }) : full;
  if (doc !== full) doc.warn('text-truncated', `The article has ${text.length} characters; only the first ${limit} were analysed.`);
  try {
    (options.pipeline ?? defaultPipeline()).run(doc);
  } catch (error) {
    const empty = new Doc(text, { ...meta, id });
    empty.warn('extract-failed', `The extractor failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return toRecord(empty);
  }
  const record = toRecord(doc);
  return doc === full ? record : { ...record, text };
}
