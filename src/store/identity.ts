/**
 * How an article is recognised across runs, as its users hold it: by the id its input gives it
 * within its source (a wire story under `ap-1` at AP and `reuters-9` at Reuters is two articles, since
 * where a story ran is what media researchers count), else by its URL, else by its text.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../doc/record.js';

/** The SHA-256 of a text, in hex: what "the same text" means across articles. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const given = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * The article's key: `id:` with its source and id when the input gives an id (sources compared
 * without regard to case or surrounding space, as queries compare them), else `url:` and its URL,
 * else `text:` and the hash of its text. An id made up from where an article was read (a line
 * number) is no id: leave it out of `input` (see `IngestedArticle.madeId`).
 */
export function articleKey(input: Pick<ArticleInput, 'id' | 'source' | 'url' | 'text'>): string {
  if (given(input.id)) return `id:${JSON.stringify([(input.source ?? '').trim().toLowerCase(), input.id])}`;
  if (given(input.url)) return `url:${input.url}`;
  return `text:${textHash(input.text)}`;
}

/**
 * A hash of everything the article's record is made from (text and metadata): under one key, another
 * hash is a changed article whose records are replaced, so a corrected title or date is taken in.
 */
export function contentHash(input: ArticleInput): string {
  return textHash(JSON.stringify([input.text, input.id ?? null, input.title ?? null, input.date ?? null, input.url ?? null, input.source ?? null]));
}

/** The day (YYYY-MM-DD) of a date, for date filters; null when it cannot be read. */
export function dayOf(date: string | undefined): string | null {
  if (date === undefined) return null;
  // The day as written: an ISO date keeps the publisher's day whatever its offset.
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
