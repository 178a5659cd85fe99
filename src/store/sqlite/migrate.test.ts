import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { articleKey, contentHash } from '../identity.js';
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
    old.prepare("INSERT INTO entities (article_id, ord, local_id, actor_id, name, type, role, mentions) VALUES (1, 0, 'e1', 1, 'Ann Holt', 'person', 'Mayor', '[[17,25]]')").run();
    old.prepare("INSERT INTO quotes (article_id, layer, local_id, kind, start, end_, text, spans, speaker_entity, speaker_name, actor_id) VALUES (1, 'quote', 'q1', 'direct', 0, 17, '\"Old words stay,\"', '[[0,17]]', 'e1', 'Ann Holt', 1)").run();
    old.close();

    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_VERSION);
    expect((await store.quotes({ search: 'words' })).map((h) => [h.article.id, h.actor?.name])).toEqual([['old-1', 'Ann Holt']]);
    expect(await store.counts()).toEqual({ articles: 1, actors: 1, entities: 1, quotes: 1, attributions: 0, events: 0 });
    // The summaries of migrations 5 and 14 (roles per day, quotes per month) are filled from what was there.
    expect(await store.actor('person:ann holt')).toMatchObject({ roles: [{ role: 'Mayor', articles: 1, first: '2020-01-01', last: '2020-01-01' }], timeline: [{ month: '2020-01', quotes: 1 }] });
    await store.close();

    const check = new Database(path, { readonly: true });
    expect(check.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    check.close();
  });

  it('moves a version-3 database to search in date order and to actor counts per day', async () => {
    const path = await dbPath();
    const old = new Database(path);
    expect(migrate(old, path, 3)).toBe(3);
    const article = old.prepare("INSERT INTO articles (key, hash, ext_id, day, text, messages, stored_at) VALUES (?, 'h', ?, ?, 'text', '[]', 'then')");
    article.run('text:a', 'early', '2021-06-01');
    article.run('text:b', 'late', '2023-02-10');
    article.run('text:c', 'undated', null);
    old.prepare("INSERT INTO actors (key, name, name_norm, type, articles, mentions, quotes) VALUES ('person:ann holt', 'Ann Holt', 'ann holt', 'person', 3, 4, 3)").run();
    const entity = old.prepare("INSERT INTO entities (article_id, ord, local_id, actor_id, name, type, mentions) VALUES (?, ?, ?, 1, 'Ann Holt', 'person', ?)");
    entity.run(1, 0, 'e1', '[[0,4]]');
    entity.run(2, 0, 'e1', '[[0,4],[5,9]]');
    // A second entity naming the same actor in one article: the article still counts once.
    entity.run(2, 1, 'e2', '[]');
    entity.run(3, 0, 'e1', '[[0,4]]');
    const quote = old.prepare("INSERT INTO quotes (article_id, layer, local_id, kind, start, end_, text, spans, speaker_entity, speaker_name, actor_id, day) VALUES (?, ?, ?, 'direct', ?, 9, ?, '[]', 'e1', 'Ann Holt', 1, ?)");
    quote.run(1, 'quote', 'q1', 0, 'harbour fees rise', '2021-06-01');
    quote.run(2, 'quote', 'q1', 0, 'harbour fees fall', '2023-02-10');
    quote.run(2, 'quote', 'q2', 20, 'harbour closed', '2023-02-10');
    quote.run(2, 'attribution', 'a1', 40, 'harbour works', '2023-02-10');
    quote.run(3, 'quote', 'q1', 0, 'harbour open', null);
    old.close();

    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_VERSION);
    const found = async (filter: Parameters<typeof store.quotes>[0]): Promise<string[]> => (await store.quotes(filter)).map((h) => `${h.article.id}/${h.quote.id}`);
    // Newest first, an article's quotes in text order, no day last, attributions not searched.
    expect(await found({ search: 'harbour' })).toEqual(['late/q1', 'late/q2', 'early/q1', 'undated/q1']);
    expect(await found({ search: 'harbour', limit: 1 })).toEqual(['late/q1']);
    expect(await found({ search: 'fees', from: '2021-01-01', to: '2021-12-31' })).toEqual(['early/q1']);
    expect(await found({ search: 'works' })).toEqual([]);
    expect(await store.entities({ from: '2021-01-01', to: '2023-12-31' })).toMatchObject([{ actor: { key: 'person:ann holt' }, articles: 2, mentions: 3, quotes: 3 }]);
    expect(await store.entities({ from: '2023-01-01' })).toMatchObject([{ articles: 1, mentions: 2, quotes: 2 }]);
    // What was migrated is kept up to date: removing an article takes it out of both.
    // Migration 7 keyed it by its own id.
    expect(await store.remove(articleKey({ id: 'late', text: 'text' }))).toBe(true);
    expect(await found({ search: 'harbour' })).toEqual(['early/q1', 'undated/q1']);
    expect(await store.entities({ from: '2023-01-01' })).toEqual([]);
    await store.close();
  });

  it('moves a version-5 database to pages read from indexes, counting each article\'s quotes and events', async () => {
    const path = await dbPath();
    const old = new Database(path);
    expect(migrate(old, path, 5)).toBe(5);
    const article = old.prepare("INSERT INTO articles (key, hash, ext_id, day, text, messages, stored_at) VALUES (?, 'h', ?, ?, 'text', '[]', 'then')");
    article.run('text:a', 'early', '2021-06-01');
    article.run('text:b', 'late', '2023-02-10');
    const quote = old.prepare("INSERT INTO quotes (article_id, layer, local_id, kind, start, end_, text, spans, day) VALUES (?, ?, ?, 'direct', ?, 9, 'words', '[]', ?)");
    quote.run(2, 'quote', 'q1', 0, '2023-02-10');
    quote.run(2, 'quote', 'q2', 20, '2023-02-10');
    quote.run(2, 'attribution', 'a1', 40, '2023-02-10');
    quote.run(1, 'quote', 'q1', 0, '2021-06-01');
    const event = old.prepare(`INSERT INTO events (article_id, local_id, code, negated, modality, source_name, source_type, target_name, target_type,
      trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, day) VALUES (?, ?, 'CONSULT', 0, 'asserted', 'A', 'person', 'B', 'person', 0, 3, 'met', 0, 9, ?)`);
    event.run(1, 'v1', '2021-06-01');
    event.run(1, 'v2', '2021-06-01');
    old.close();

    const store = openSqliteStore(path);
    expect(await store.schemaVersion()).toBe(LATEST_VERSION);
    expect((await store.articles()).map((h) => [h.article.id, h.quotes, h.events])).toEqual([['late', 2, 0], ['early', 1, 2]]);
    expect((await store.quotes({ limit: 1, offset: 1 })).map((h) => `${h.article.id}/${h.quote.id}`)).toEqual(['late/q2']);
    expect((await store.events({ limit: 1, offset: 1 })).map((h) => h.event.id)).toEqual(['v2']);
    await store.close();
  });

  it('rekeys a version-6 database by id within source, so the next ingest finds its articles unchanged', async () => {
    const path = await dbPath();
    const old = new Database(path);
    expect(migrate(old, path, 6)).toBe(6);
    const article = old.prepare("INSERT INTO articles (key, hash, ext_id, title, url, source, text, messages, stored_at) VALUES (?, 'old', ?, ?, ?, ?, ?, '[]', 'then')");
    article.run('url:https://x.example/1', 'ap-1', 'Port', 'https://x.example/1', 'Wire One', 'One text.');
    article.run('text:abc', 'rt-9', null, null, 'Wire Two', 'Two text.');
    // An id made from a JSON line's number never identified the article: its URL stays its key.
    article.run('url:https://x.example/3', 'dump.jsonl:3', null, 'https://x.example/3', null, 'Three text.');
    // Two rows that would take one new key: the second keeps its old one.
    article.run('url:https://x.example/4', 'ap-1', null, 'https://x.example/4', 'wire one', 'Four text.');
    old.close();

    const store = openSqliteStore(path);
    const inputs = [
      { id: 'ap-1', title: 'Port', url: 'https://x.example/1', source: 'Wire One', text: 'One text.' },
      { id: 'rt-9', source: 'Wire Two', text: 'Two text.' },
      { url: 'https://x.example/3', text: 'Three text.' },
    ];
    const keys = inputs.map((input) => articleKey(input));
    const found = await store.hashes([...keys, 'url:https://x.example/4']);
    expect(keys.map((key) => found.get(key))).toEqual(inputs.map((input) => contentHash(input)));
    expect(found.get('url:https://x.example/4')).toBe('old');
    await store.close();
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
