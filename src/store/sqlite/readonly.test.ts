/** Opening a store read-only, as `serve` does: on read-only media, and a store newer than this code. */
import { existsSync } from 'node:fs';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { LATEST_VERSION } from './migrations.js';
import { openSqliteStore } from './store.js';

async function dbPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'onrecord-readonly-')), 'store.db');
}

describe('a store opened read-only', () => {
  it('read-only mount: a closed store is left in rollback mode, so reading it writes nothing beside it (no -shm, no -wal)', async () => {
    const path = await dbPath();
    const writer = openSqliteStore(path);
    await writer.close();
    const header = new Database(path, { readonly: true });
    expect(header.pragma('journal_mode', { simple: true })).toBe('delete');
    header.close();
    const reader = openSqliteStore(path, { readonly: true });
    expect(await reader.counts()).toMatchObject({ articles: 0 });
    expect(existsSync(`${path}-shm`)).toBe(false);
    expect(existsSync(`${path}-wal`)).toBe(false);
    await reader.close();
  });

  it('a writer still open keeps WAL mode when another closes, without waiting on it', async () => {
    const path = await dbPath();
    const first = openSqliteStore(path);
    const second = openSqliteStore(path);
    const started = performance.now();
    await first.close();
    expect(performance.now() - started).toBeLessThan(1000);
    const check = new Database(path, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    check.close();
    await second.close();
  });

  it('a store left in WAL mode that cannot be opened says why and what to do', async () => {
    const path = await dbPath();
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.close();
    // As on a read-only mount, the -shm file cannot be made: its name leads nowhere.
    await symlink(join(path, 'no', 'such', 'directory'), `${path}-shm`);
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(/left in WAL mode.*open it once where it can be written/);
  });

  it('a store of a newer schema: this onrecord is older than the store (not "run ingest to migrate")', async () => {
    const path = await dbPath();
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    let message = '';
    try {
      openSqliteStore(path, { readonly: true });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toMatch(new RegExp(`schema version ${LATEST_VERSION + 1}, and this onrecord \\(schema ${LATEST_VERSION}\\) is older than the store; upgrade onrecord`));
    expect(message).not.toMatch(/migrate/);
  });

  it('a store of an older schema is still told to migrate with ingest', async () => {
    const path = await dbPath();
    const db = new Database(path);
    migrate(db, path, 1);
    db.close();
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(/schema version 1, this onrecord reads \d+; run `onrecord ingest` on it to migrate it/);
  });
});
