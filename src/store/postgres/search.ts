/**
 * Full-text search in PostgreSQL: quotes indexed as `tsvector`s under the `onrecord` configuration
 * (English stemming, no stop words), accents taken off first as SQLite's index does, and a user's
 * search words (sql/search-terms.ts) as a `tsquery` in which every term must occur.
 */
import { searchTerms } from '../sql/search-terms.js';

/** A text as it is indexed: accents and other combining marks taken off. */
export function searchText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The SQL of a tsquery for `search` and its parameters; null when it holds no words. Words and
 * phrases go through PostgreSQL's own parsers (so they are stemmed as the index is); a prefix term
 * keeps its letters and digits only, quoted, then `:*`.
 */
export function tsQuery(search: string): { sql: string; params: string[] } | null {
  const parts: string[] = [];
  const params: string[] = [];
  for (const term of searchTerms(search)) {
    const text = searchText(term.text);
    if (term.prefix) {
      const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
      const last = words.pop();
      if (last === undefined) continue;
      parts.push(`(phraseto_tsquery('onrecord', ?) && to_tsquery('onrecord', ?))`);
      params.push(words.join(' '), `'${last.toLowerCase()}':*`);
    } else {
      parts.push(`phraseto_tsquery('onrecord', ?)`);
      params.push(text);
    }
  }
  return parts.length === 0 ? null : { sql: parts.join(' && '), params };
}
