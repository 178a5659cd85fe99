import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate } from './migrate.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './store.js';

async function dbPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'onrecord-migrate-')), 'old.db');
}

describe('SQLite migrations', () => {
  it('numbers the migrations 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('brings a version-1 database with data up to the latest, indexing its old quotes for search', async () => {
    const path = await dbPath();
    const old = new Database(path);
    expect(migrate(old, path, 1)).toBe(1);
    old.prepare("INSERT INTO articles (key, hash, ext_id, day, text, messages, stored_at) VALUES ('text:x', 'h', 'old-1', '2020-01-01', ?, '[]', 'then')").run('"Old words stay," Ann Holt said.');
    old.prepare("INSERT INTO actors (key, name, name_norm, type, articles, quotes) VALUES ('person:ann holt', 'Ann Holt', 'ann holt', 'person', 1, 1)").run();
    old.prepare("INSERT INTO entities (article_id, ord, local_id, actor_id, name, type, mentions) VALUES (1, 0, 'e1', 1, 'Ann Holt', 'person', '[[17,25]]')").run();
    old.prepare("INSERT INTO quotes (article_id, layer, local_id, kind, start, end_, text, spans, speaker_entity, speaker_name, actor_id) VALUES (1, 'quote', 'q1', 'direct', 0, 17, '\"Old words stay,\"', '[[0,17]]', 'e1', 'Ann Holt', 1)").run();
    old.close();

    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_VERSION);
    expect((await store.quotes({ search: 'words' })).map((h) => [h.article.id, h.actor?.name])).toEqual([['old-1', 'Ann Holt']]);
    expect(await store.counts()).toMatchObject({ articles: 1, quotes: 1, events: 0 });
    await store.close();

    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    check.close();
  });

  it('does nothing to a database already at the latest version', async () => {
    const path = await dbPath();
    await openSqliteStore(path).close();
    const db = new Database(path);
    expect(migrate(db, path)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database newer than this code, naming it', async () => {
    const path = await dbPath();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(new RegExp(`old\\.db: the database has schema version ${LATEST_VERSION + 1}, newer`));
  });

  it('takes back a migration that fails half-way, leaving the version where it was', async () => {
    const path = await dbPath();
    const db = new Database(path);
    migrate(db, path, 1);
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, path, 2, broken)).toThrow(/no such table/);
    expect(currentVersion(db)).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});
