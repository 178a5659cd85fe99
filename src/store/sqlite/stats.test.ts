/**
 * The dashboard's statements read only what the writer keeps summed: a request costs the same on a
 * store of any size (quotes by month summed every article, 46 ms on the 100,000-article bench store).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './store.js';
import { STATS_SQL } from './stats.js';

describe("the dashboard's counts in SQLite", () => {
  it('read no article, quote, entity or event rows nor their indexes: only the sums, the totals and actors_quoted', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'onrecord-stats-')), 'store.db');
    await openSqliteStore(path).close();
    const db = new Database(path, { readonly: true });
    const read = new Set<string>();
    for (const [name, sql] of Object.entries(STATS_SQL)) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail);
      for (const step of plan) {
        const table = /^(?:SCAN|SEARCH) (\w+)/.exec(step)?.[1];
        if (table === undefined) continue;
        read.add(table === 'ac' ? 'actors' : table);
        // The actors are read by actors_quoted (the quoted ones, by type), never all of them.
        if (table === 'ac' || table === 'actors') expect(step, name).toMatch(/INDEX actors_quoted/);
      }
    }
    expect([...read].sort()).toEqual(['actors', 'event_months', 'quote_genders', 'quote_months', 'source_quotes', 'store_totals']);
    db.close();
  });
});
