/**
 * The search index in few segments: each batch a writer stores adds a segment, which it merges into
 * those before it (search-merge.ts); migration 15 merges an older store's index once.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../doc/record.js';
import { articleKey, contentHash } from '../identity.js';
import { searchKeySql } from './search-key.js';
import { searchSegments } from './search-merge.js';
import { openSqliteStore } from './store.js';

// Invented article n: one quote of its own words about the ferry.
function article(n: number): ArticleRecord {
  const quote = `"The ferry timetable ${n} will change in spring,"`;
  const text = `${quote} Ann Holt said.`;
  return {
    id: `ferry-${n}`, url: `https://ferry.example/${n}`, date: '2021-03-04', text, entities: [], attributions: [], events: [], messages: [],
    quotes: [{ id: 'q1', kind: 'direct', start: 0, end: quote.length, text: quote, spans: [[0, quote.length]], cue: null, speaker: null }],
  };
}

const stored = (record: ArticleRecord) => {
  const input = { id: record.id, text: record.text, url: record.url ?? '', date: '2021-03-04' };
  return { key: articleKey(input), hash: contentHash(input), record };
};

// A store written in `batches` batches of one article each, at `schemaVersion` (the latest by default).
async function storeOf(batches: number, schemaVersion?: number): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-merge-')), 'store.db');
  const store = openSqliteStore(path, schemaVersion === undefined ? {} : { schemaVersion });
  for (let n = 1; n <= batches; n++) await store.put([stored(article(n))]);
  await store.close();
  return path;
}

const segments = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return searchSegments(db);
  } finally {
    db.close();
  }
};

describe('the search index kept in few segments', () => {
  it('a writer merges each batch into the index: 40 batches leave at most 2 segments (FTS5 alone left 10)', async () => {
    const path = await storeOf(40);
    expect(segments(path)).toBeLessThanOrEqual(2);
    const store = openSqliteStore(path, { readonly: true });
    expect((await store.quotes({ search: 'timetable', limit: 100 })).length).toBe(40);
    expect((await store.quotes({ search: 'timetable 17' })).map((hit) => hit.article.id)).toEqual(['ferry-17']);
    await store.close();
  });

  it('migration 15 merges the index of a store written before it, and its searches answer as before', async () => {
    const path = await storeOf(40, 14);
    // Its index as FTS5 alone leaves it after 40 transactions: each quote indexed again in its own.
    const old = new Database(path);
    old.exec("INSERT INTO quote_search (quote_search) VALUES ('delete-all')");
    const ids = old.prepare<[], number>("SELECT id FROM quotes WHERE layer = 'quote' ORDER BY id").pluck().all();
    const index = old.prepare(`INSERT INTO quote_search (rowid, text) SELECT ${searchKeySql('day', 'id')}, text FROM quotes WHERE id = ?`);
    for (const id of ids) index.run(id);
    expect(searchSegments(old)).toBeGreaterThan(4);
    old.close();
    const store = openSqliteStore(path);
    expect(segments(path)).toBeLessThanOrEqual(2);
    expect((await store.quotes({ search: 'timetable', limit: 100 })).length).toBe(40);
    expect((await store.quotes({ search: 'timetables 23' })).map((hit) => hit.article.id)).toEqual(['ferry-23']);
    await store.close();
  });
});
