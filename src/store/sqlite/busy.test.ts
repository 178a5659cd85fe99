import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { articleKey, contentHash } from '../identity.js';
import { whenFree } from './busy.js';
import { openSqliteStore } from './store.js';

const text = 'Nothing was said.';
const article = { key: articleKey({ id: 'w1', text }), hash: contentHash({ id: 'w1', text }), record: { id: 'w1', text, entities: [], quotes: [], attributions: [], events: [], messages: [] } };

describe('two writers', () => {
  it('makes a second writer wait its turn, the event loop free meanwhile, instead of failing "database is locked"', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'onrecord-busy-')), 'two.db');
    const store = openSqliteStore(path);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    other.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'held', 'now')");
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    const put = store.put([article]);
    setTimeout(() => other.exec('COMMIT'), 600);
    expect(await put).toEqual(['stored']);
    clearInterval(ticking);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    // The thread was not held in SQLite's busy handler while it waited.
    expect(ticks).toBeGreaterThan(5);
    other.close();
    await store.close();
  });

  it('gives up after its limit with the busy error', async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    let tries = 0;
    await expect(
      whenFree(() => {
        tries += 1;
        throw busy;
      }, 100),
    ).rejects.toBe(busy);
    expect(tries).toBeGreaterThan(2);
  });
});
