/** How an article is recognised across runs: by URL, else by its text; and whether it changed. */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../doc/record.js';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The article's key: `url:` and its URL when it has one (a page keeps its key when its text is
 * corrected), else `text:` and the SHA-256 of its text (the same text read twice is one article).
 */
export function articleKey(input: Pick<ArticleInput, 'url' | 'text'>): string {
  return input.url !== undefined && input.url !== '' ? `url:${input.url}` : `text:${sha256(input.text)}`;
}

/**
 * A hash of the article's content (text and metadata): a key whose hash changes has changed. The
 * id is left out: the same text read again under another id (a corpus holding it twice) is the
 * same article, stored once under the id it was first read with.
 */
export function contentHash(input: ArticleInput): string {
  return sha256(JSON.stringify([input.text, input.title ?? null, input.date ?? null, input.url ?? null, input.source ?? null]));
}

/** The day (YYYY-MM-DD) of a date, for date filters; null when it cannot be read. */
export function dayOf(date: string | undefined): string | null {
  if (date === undefined) return null;
  // The day as written: an ISO date keeps the publisher's day whatever its offset.
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
