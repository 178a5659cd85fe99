/**
 * A speaker's quotes and an actor's events are read in the list's order from an index (migration 13),
 * so a page is the index's first rows: before, every quote of the speaker was looked up in the table
 * and sorted (821 µs of CPU a page for the bench store's 200 people, 346 µs with the index).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { articleKey, contentHash } from '../identity.js';
import { findEvents, findQuotes } from './read.js';
import { openSqliteStore } from './store.js';

// Invented articles: one unknown person quoted by two outlets (two actors of one name), and acts between countries.
const ARTICLES = [
  { id: 'p-1', source: 'Northgate Gazette', date: '2012-03-01', text: '"The bridge opens in May," Anna Berg said. Germany accused France of breaking the deal.' },
  { id: 'p-2', source: 'Kelmouth Herald', date: '2012-03-02', text: '"The harbour stays shut," Anna Berg said. France urged Germany to meet Italy.' },
  { id: 'p-3', source: 'Northgate Gazette', date: '2012-03-03', text: '"We asked everyone," Anna Berg said.' },
];

// The plan of every statement `read` runs, as SQLite would carry it out.
async function plansOf(read: (db: Database.Database) => unknown): Promise<string[]> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-pages-')), 'store.db');
  const store = openSqliteStore(path);
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  await store.close();
  const run: string[] = [];
  const db = new Database(path, { readonly: true, verbose: (sql) => run.push(String(sql)) });
  expect(read(db)).not.toEqual([]);
  const plans = run.map((sql) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join('; '));
  db.close();
  return plans;
}

describe("an actor's lists in SQLite", () => {
  it("read a speaker's page of quotes from quotes_actor_page in the list's order, and a name of two actors from it alone", async () => {
    const one = (await plansOf((db) => findQuotes(db, { speaker: 'person:anna berg@northgate gazette', limit: 2 }))).filter((plan) => plan.includes('quotes_actor_page'));
    expect(one).toHaveLength(1);
    expect(one[0]).not.toMatch(/TEMP B-TREE/);
    // Two actors' quotes are merged by a sort, of the index's entries only: no quote is looked up in the table.
    const two = (await plansOf((db) => findQuotes(db, { speaker: 'Anna Berg', limit: 2 }))).filter((plan) => plan.includes('quotes_actor_page'));
    expect(two).toHaveLength(1);
    expect(two[0]).toMatch(/COVERING INDEX quotes_actor_page/);
  });

  it("read an actor's page of events from events_source_page and events_target_page in the list's order", async () => {
    const plans = await plansOf((db) => findEvents(db, { actor: 'kb:country/DEU', limit: 2 }));
    const sides = plans.filter((plan) => /events_(source|target)_page/.test(plan));
    expect(sides).toHaveLength(1);
    expect(sides[0]).toMatch(/events_source_page[^]*events_target_page/);
    expect(sides[0]).not.toMatch(/TEMP B-TREE FOR (LAST \d+ TERMS OF )?ORDER BY/);
    // Without a filter on the article's source, no article is read to choose the page: the source's side from its index alone.
    expect(sides[0]).not.toMatch(/SEARCH a /);
    expect(sides[0]).toMatch(/COVERING INDEX events_source_page/);
  });
});
