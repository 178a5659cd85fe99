/**
 * How a reader's statements are written and where its sorts run: a LIMIT bound as a parameter made SQLite
 * run each statement 5–12 µs slower, and the temporary B-trees of a reader's ORDER BY in temporary
 * files took twice as long as in memory (an actor's 20 interactions: 95 → 48 µs).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { articleKey, contentHash } from '../identity.js';
import { findArticle, findArticles, findInteractions } from './browse.js';
import { findActors, findEvents, findQuotes } from './read.js';
import { openSqliteStore } from './store.js';

// Invented articles: a person quoted by one outlet, and acts between countries.
const ARTICLES = [
  { id: 'r-1', source: 'Northgate Gazette', date: '2013-05-01', text: '"The ferry runs again," Tomas Lind said. Germany accused France of breaking the deal.' },
  { id: 'r-2', source: 'Northgate Gazette', date: '2013-05-02', text: '"We will build the pier," Tomas Lind said. France urged Germany to meet Italy.' },
];

async function storePath(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-reader-')), 'store.db');
  const store = openSqliteStore(path);
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  await store.close();
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe("a SQLite reader's statements", () => {
  it("write each page's LIMIT into the statement: none binds it, on every kind of list", async () => {
    const db = new Database(await storePath(), { readonly: true });
    const prepared = vi.spyOn(Database.prototype, 'prepare');
    const key = findArticles(db, { limit: 1 })[0]?.article.key ?? '';
    const lists = [
      findQuotes(db, { limit: 5 }),
      findQuotes(db, { search: 'ferry', limit: 5 }),
      findQuotes(db, { speaker: 'Tomas Lind', limit: 5 }),
      findQuotes(db, { source: 'Northgate Gazette', limit: 5 }),
      findEvents(db, { limit: 5 }),
      findEvents(db, { actor: 'Germany', limit: 5 }),
      findActors(db, { limit: 5 }),
      findActors(db, { from: '2013-05-01', limit: 5 }),
      findActors(db, { source: 'Northgate Gazette', limit: 5 }),
      findArticles(db, { source: 'Northgate Gazette', limit: 5 }),
      findInteractions(db, { actor: 'Germany', limit: 5 }),
    ];
    expect(lists.every((list) => list.length > 0)).toBe(true);
    expect(findArticle(db, key)?.key).toBe(key);
    const sources = prepared.mock.calls.map(([sql]) => sql);
    expect(sources.filter((sql) => /LIMIT \d+/.test(sql)).length).toBeGreaterThan(5);
    expect(sources.filter((sql) => /LIMIT\s+\?/i.test(sql))).toEqual([]);
    db.close();
  });

  it('open read-only with temporary B-trees in memory, as a writer does', async () => {
    const path = await storePath();
    const pragmas = vi.spyOn(Database.prototype, 'pragma');
    const reader = openSqliteStore(path, { readonly: true });
    expect(pragmas.mock.calls.map(([source]) => source)).toContain('temp_store = MEMORY');
    await reader.close();
  });
});
