/**
 * A search's page that ends inside an article: the article's other matches come from the matches read
 * past the page when those pass the article's first quote (one query), else from a second query over
 * the article's keys.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, QuoteRecord } from '../../doc/record.js';
import { articleKey, contentHash } from '../identity.js';
import { findQuotes } from './read.js';
import { openSqliteStore } from './store.js';

// Invented article n on `date`: `parts` quotes about the harbour (four by default), each with its own words.
function article(n: number, date: string, parts = 4): ArticleRecord {
  const pieces = Array.from({ length: parts }, (_, k) => `"The harbour plan ${n} part ${k} stands,"`);
  const text = pieces.map((piece) => `${piece} Ann Holt said.`).join(' ');
  const quotes: QuoteRecord[] = pieces.map((piece, k) => {
    const start = text.indexOf(piece);
    return { id: `q${k + 1}`, kind: 'direct', start, end: start + piece.length, text: piece, spans: [[start, start + piece.length]], cue: null, speaker: null };
  });
  return { id: `h${n}`, url: `https://harbour.example/${n}`, date, text, entities: [], quotes, attributions: [], events: [], messages: [] };
}

async function storeOf(records: ArticleRecord[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-search-')), 'store.db');
  const store = openSqliteStore(path);
  await store.put(records.map((record) => {
    const input = { id: record.id, text: record.text, url: record.url ?? '', ...(record.date !== undefined && { date: record.date }) };
    return { key: articleKey(input), hash: contentHash(input), record };
  }));
  await store.close();
  return path;
}

// The full-text queries a search runs, and its pages against the whole list.
function searched(path: string): { pages: (limit: number, offset: number) => string[]; all: string[]; matchQueries: () => number } {
  const statements: string[] = [];
  const db = new Database(path, { readonly: true, verbose: (sql) => statements.push(String(sql)) });
  const ids = (limit: number, offset: number): string[] => findQuotes(db, { search: 'harbour', limit, offset }).map((hit) => `${hit.article.id}/${hit.quote.id}`);
  const all = ids(0, 0);
  statements.length = 0;
  return { pages: ids, all, matchQueries: () => statements.filter((sql) => sql.includes('MATCH')).length };
}

describe('a search page that ends inside an article', () => {
  it('matches read ahead pass its day: the rest of the article comes from them, in one full-text query', async () => {
    const days = Array.from({ length: 40 }, (_, n) => article(n, `2024-03-${String((n % 28) + 1).padStart(2, '0')}`));
    const search = searched(await storeOf(days));
    expect(search.all.length).toBe(160);
    expect(search.pages(3, 0)).toEqual(search.all.slice(0, 3));
    expect(search.matchQueries()).toBe(1);
    for (const offset of [0, 1, 5, 7, 30]) expect(search.pages(2, offset)).toEqual(search.all.slice(offset, offset + 2));
  });

  it("more matches on its day than are read ahead, the article's first in reach: still one full-text query", async () => {
    const oneDay = Array.from({ length: 40 }, (_, n) => article(n, '2024-03-01'));
    const search = searched(await storeOf(oneDay));
    expect(search.all.length).toBe(160);
    expect(search.pages(3, 0)).toEqual(search.all.slice(0, 3));
    expect(search.matchQueries()).toBe(1);
    for (const offset of [0, 1, 5, 7, 30]) expect(search.pages(2, offset)).toEqual(search.all.slice(offset, offset + 2));
  });

  it("more of the article's matches past the page than are read ahead: a second query finds the rest of the article", async () => {
    const long = [article(0, '2024-03-01'), article(1, '2024-03-01', 20), article(2, '2024-03-02')];
    const search = searched(await storeOf(long));
    expect(search.all.length).toBe(28);
    expect(search.pages(6, 0)).toEqual(search.all.slice(0, 6));
    expect(search.matchQueries()).toBe(2);
    for (const offset of [0, 1, 5, 7, 30]) expect(search.pages(2, offset)).toEqual(search.all.slice(offset, offset + 2));
  });
});
