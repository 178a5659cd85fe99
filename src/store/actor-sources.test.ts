/**
 * The migration that gave unknown people one actor per source (SQLite 12, PostgreSQL 9), on each
 * dialect: a store written under the old rule (one `person:NAME` actor across outlets), migrated,
 * answers about its actors exactly as a store written under the new rule does.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord, TextSpan } from '../doc/record.js';
import { articleKey, contentHash } from './identity.js';
import { openPostgresStore } from './postgres/store.js';
import { openSqliteStore } from './sqlite/store.js';
import { TEST_PG } from './testing/dialects.js';
import type { Store, StoredArticle } from './store.js';

function span(text: string, part: string): TextSpan {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

// An invented article: Ola Brun (no kbId) says one thing and meets the Kelmouth Council; Jan Vos (Q100) may be named too.
function article(id: string, source: string | undefined, date: string, withVos: boolean): ArticleRecord {
  const text = `"The quay stays open," Ola Brun said. Ola Brun met Kelmouth Council.${withVos ? ' Jan Vos agreed.' : ''}`;
  const entity = (eid: string, name: string, type: EntityRecord['type'], kbId: string | null, role: string | null): EntityRecord => ({ id: eid, name, type, kbId, role, country: null, mentions: [span(text, name)] });
  const entities = [entity('e1', 'Ola Brun', 'person', null, 'Mayor'), entity('e2', 'Kelmouth Council', 'organization', null, null), ...(withVos ? [entity('e3', 'Jan Vos', 'person', 'Q100', 'Minister')] : [])];
  const quote = span(text, '"The quay stays open,"');
  return {
    id, text, date, ...(source !== undefined && { source }),
    entities,
    quotes: [{ id: 'q1', kind: 'direct', start: quote.start, end: quote.end, text: quote.text, spans: [[quote.start, quote.end]], cue: span(text, 'said'), speaker: { entityId: 'e1', name: 'Ola Brun', mention: entities[0]?.mentions[0] ?? null } }],
    attributions: [],
    events: [{ id: 'v1', code: 'CONSULT', mode: null, negated: false, modality: 'asserted', source: { entityId: 'e1', name: 'Ola Brun', country: null, type: 'person' }, target: { entityId: 'e2', name: 'Kelmouth Council', country: null, type: 'organization' }, trigger: span(text, 'met'), sentence: { start: 0, end: text.length }, quoteId: null }],
    messages: [],
  };
}

const ARTICLES: Array<[string, string | undefined, string, boolean]> = [
  ['n1', 'Northgate Gazette', '2024-03-01', true],
  ['k1', 'Kelmouth Herald', '2024-04-02', false],
  ['k2', 'KELMOUTH HERALD', '2024-04-09', true],
  ['u1', undefined, '2024-05-03', false],
];

function stored(record: ArticleRecord): StoredArticle {
  const input = { id: record.id, text: record.text, ...(record.date !== undefined && { date: record.date }), ...(record.source !== undefined && { source: record.source }) };
  return { key: articleKey(input), hash: contentHash(input), record };
}

// Everything the store says about its actors, by key.
async function actorsOf(store: Store): Promise<unknown> {
  const hits = await store.entities({ limit: 100 });
  const details = await Promise.all(hits.map(async (hit) => store.actor(hit.actor.key)));
  const edges = (await store.interactions()).map((edge) => [edge.source.key, edge.target.key, edge.code, edge.events]);
  return {
    actors: hits.map((hit) => [hit.actor.key, hit.actor.name, hit.articles, hit.mentions, hit.quotes]).sort(),
    details: details.map((detail) => [detail?.actor.key, detail?.roles, detail?.timeline]).sort(),
    edges: edges.sort(),
    counted: (await store.counts()).actors,
    quoted: (await store.quotes({ speaker: 'Ola Brun' })).map((hit) => [hit.article.id, hit.actor?.key]).sort(),
  };
}

interface Rewindable {
  open: () => Store;
  /** Opens the store at the schema before the migration to one actor per source. */
  openOld: () => Store;
  /** Runs statements on the store's database, then marks the migration as not yet applied. */
  rewind: (statements: string[]) => Promise<void>;
}

async function sqlite(): Promise<Rewindable> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-actors-')), 'old.db');
  return {
    open: () => openSqliteStore(path),
    // Migrated up to version 11 only: the later migrations then run on it as on a store written then.
    openOld: () => openSqliteStore(path, { schemaVersion: 11 }),
    rewind: async (statements) => {
      const db = new Database(path);
      for (const sql of statements) db.exec(sql);
      db.close();
    },
  };
}

function postgres(url: string): Rewindable {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  return {
    open: () => openPostgresStore(url, { schema, connections: 2 }),
    openOld: () => openPostgresStore(url, { schema, connections: 2 }),
    rewind: async (statements) => {
      const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
      await client.connect();
      // Back to version 8: migration 9 and those after it (10's actor_months, 11's quote_types, 12's indexes of interactions, 13's sums of roles and months, 14's of weeks) run again, as on a store written then.
      const later = ['DROP TABLE actor_months', 'DROP TABLE quote_types', 'DROP INDEX interactions_page', 'DROP INDEX interactions_code_page', 'DROP TABLE actor_role_sums', 'DROP TABLE actor_month_articles', 'DROP TABLE actor_week_articles', 'DROP INDEX actor_days_actor_sums'];
      later.push('CREATE INDEX actor_days_actor ON actor_days (actor_id, day) INCLUDE (quotes)');
      for (const sql of [...statements, ...later, 'DELETE FROM schema_migrations WHERE version >= 9']) await client.query(sql);
      await client.end();
    },
  };
}

const makers: Array<[string, () => Promise<Rewindable>]> = [['sqlite', sqlite], ...(TEST_PG === undefined ? [] : [['postgres', async () => postgres(TEST_PG)] as [string, () => Promise<Rewindable>]])];

describe('unknown people one actor per source, migrated', () => {
  for (const [name, make] of makers) {
    it(`splits an unknown person named by several outlets into one actor per source, as a fresh store keys them (${name})`, async () => {
      const dialect = await make();
      // Written without sources, then given them: what the old rule stored (one 'person:ola brun').
      const old = dialect.openOld();
      await old.put(ARTICLES.map(([id, , date, vos]) => stored(article(id, undefined, date, vos))));
      expect((await old.entities({ actor: 'Ola Brun' })).map((hit) => [hit.actor.key, hit.articles])).toEqual([['person:ola brun', 4]]);
      await old.close();
      await dialect.rewind(ARTICLES.map(([id, source]) => `UPDATE articles SET source = ${source === undefined ? 'NULL' : `'${source}'`} WHERE ext_id = '${id}'`));

      const migrated = dialect.open();
      const fresh = (await sqlite()).open();
      await fresh.put(ARTICLES.map(([id, source, date, vos]) => stored(article(id, source, date, vos))));
      const after = await actorsOf(migrated);
      expect(after).toEqual(await actorsOf(fresh));
      expect((await migrated.entities({ actor: 'Ola Brun' })).map((hit) => [hit.actor.key, hit.articles]).sort()).toEqual([
        ['person:ola brun', 1],
        ['person:ola brun@kelmouth herald', 2],
        ['person:ola brun@northgate gazette', 1],
      ]);
      expect((await migrated.entities({ actor: 'Q100' })).map((hit) => [hit.actor.key, hit.articles])).toEqual([['kb:Q100', 2]]);
      await Promise.all([migrated.close(), fresh.close()]);
    });
  }
});
