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
 * A hash of the article's content: a key whose hash changes has changed. For an article with a URL
 * it covers the text and metadata, so a corrected page replaces its records. An article without one
 * is its text: the same text again (a corpus holding it twice, under other ids or titles) is the same
 * article, stored once as first read, so a second run finds nothing to change.
 */
export function contentHash(input: ArticleInput): string {
  if (input.url === undefined || input.url === '') return sha256(input.text);
  return sha256(JSON.stringify([input.text, input.title ?? null, input.date ?? null, input.url, input.source ?? null]));
}

/** The day (YYYY-MM-DD) of a date, for date filters; null when it cannot be read. */
export function dayOf(date: string | undefined): string | null {
  if (date === undefined) return null;
  // The day as written: an ISO date keeps the publisher's day whatever its offset.
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
