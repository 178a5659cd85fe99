/**
 * The synthetic corpus of synth.ts stored in an empty PostgreSQL store fast, as the writer would store it.
 * Article n is record n mod R under source n mod S, so articles n and n + T (T the least common multiple
 * of R and S) differ only in their id, URL and date, and name the same actors. The first T articles
 * are stored by the writer; every later one is a copy of its template's rows (article n mod T) under its
 * own key, hash, id, URL and day, inserted by `INSERT … SELECT` a chunk per transaction with the tables'
 * own indexes (those that back no constraint) dropped and built again after; then the actors' counters
 * and the totals are counted, and each sum the writer keeps is derived from the rows by the statement of
 * the migration that made it. One writer took 98 minutes for 1,000,000 articles on this machine.
 */
import type pg from 'pg';
import type { ArticleRecord } from '../src/doc/record.js';
import { dayOf } from '../src/store/identity.js';
import { PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import type { Store } from '../src/store/store.js';
import { build, copyOf, SOURCES } from './synth.js';
import { random } from './sampling.js';

/** Articles copied per transaction. */
const CHUNK = 20_000;

/** The tables an article's rows are in: its own, then those keyed by its id. */
const ROW_TABLES = ['articles', 'entities', 'quotes', 'events'] as const;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** What each copied article's row takes from the map of copies (`m`) instead of from its template's row (`t`). */
const OWN: Record<(typeof ROW_TABLES)[number], Record<string, string | null>> = {
  articles: { id: 'm.id', key: 'm.key', hash: 'm.hash', ext_id: 'm.ext_id', url: 'm.url', date: 'm.date', day: 'm.day' },
  entities: { article_id: 'm.id', day: 'm.day' },
  // A quote's and an event's id are the table's own (null: left to its sequence).
  quotes: { id: null, article_id: 'm.id', day: 'm.day' },
  events: { id: null, article_id: 'm.id', day: 'm.day' },
};

// The definitions of `tables`' indexes that back no constraint (a primary key or a unique key stays).
async function ownIndexes(client: pg.ClientBase, tables: readonly string[]): Promise<Array<{ name: string; sql: string }>> {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS sql FROM pg_index i
     WHERE i.indrelid = ANY(SELECT to_regclass(t)::oid FROM unnest($1::text[]) AS t)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  return rows.map((row: Record<string, unknown>) => ({ name: String(row['name']), sql: String(row['sql']) }));
}

// The statement that copies the templates' rows of `table` for the articles in bulk_map.
async function copyStatement(client: pg.ClientBase, table: (typeof ROW_TABLES)[number]): Promise<string> {
  const { rows } = await client.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position', [table]);
  const columns = rows.map((row: Record<string, unknown>) => String(row['column_name'])).filter((column) => OWN[table][column] !== null);
  const key = table === 'articles' ? 'id' : 'article_id';
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.map((column) => OWN[table][column] ?? `t.${column}`).join(', ')}
    FROM bulk_map m JOIN ${table} t ON t.${key} = m.template ORDER BY m.id${OWN[table]['id'] === null ? ', t.id' : ''}`;
}

/** The statements by which the migrations derive a sum the writer keeps from the rows (`INSERT INTO table (…) SELECT …`), with their table, in order. */
function derivations(): Array<{ table: string; sql: string }> {
  return PG_MIGRATIONS.flatMap((migration) => migration.sql.split(/;\s*\n/))
    .map((sql) => ({ sql: sql.trim(), table: /^INSERT INTO (\w+) \([^)]*\)\s+SELECT\b/i.exec(sql.trim())?.[1] }))
    .filter((d): d is { table: string; sql: string } => d.table !== undefined);
}

// The actors' counters, the totals and every kept sum, counted again from the rows.
async function countAgain(client: pg.ClientBase): Promise<void> {
  await client.query(
    `UPDATE actors ac SET articles = s.articles, mentions = s.mentions, quotes = COALESCE(q.n, 0)
     FROM (SELECT actor_id, COUNT(DISTINCT article_id) AS articles, SUM(json_array_length(mentions::json)) AS mentions FROM entities WHERE actor_id IS NOT NULL GROUP BY actor_id) s
     LEFT JOIN (SELECT actor_id, COUNT(*) AS n FROM quotes WHERE layer = 'quote' AND actor_id IS NOT NULL GROUP BY actor_id) q ON q.actor_id = s.actor_id
     WHERE ac.id = s.actor_id`,
  );
  await client.query(
    `UPDATE store_totals SET n = CASE name
       WHEN 'articles' THEN (SELECT COUNT(*) FROM articles) WHEN 'actors' THEN (SELECT COUNT(*) FROM actors WHERE articles > 0)
       WHEN 'entities' THEN (SELECT COUNT(*) FROM entities) WHEN 'quotes' THEN (SELECT COUNT(*) FROM quotes WHERE layer = 'quote')
       WHEN 'attributions' THEN (SELECT COUNT(*) FROM quotes WHERE layer = 'attribution') WHEN 'events' THEN (SELECT COUNT(*) FROM events)
       ELSE n + 1 END`,
  );
  for (const { table, sql } of derivations()) {
    await client.query(`TRUNCATE ${table}`);
    await client.query(sql);
  }
}

/**
 * Stores articles 0 to `total - 1` of the synthetic corpus of `records` in the empty `store`, whose
 * database `client` reaches (on the store's schema); `progress` is told the articles stored so far.
 */
export async function bulkBuild(store: Store, client: pg.ClientBase, records: readonly ArticleRecord[], total: number, progress: (stored: number) => void = () => undefined): Promise<void> {
  const period = (records.length * SOURCES.length) / gcd(records.length, SOURCES.length);
  await build(store, [...records], Math.min(total, period));
  if (total <= period) return;
  const templates = new Map((await client.query("SELECT id, ext_id FROM articles WHERE ext_id LIKE 'bench-%'")).rows.map((row: Record<string, unknown>) => [String(row['ext_id']), Number(row['id'])]));
  let id = Number((await client.query('SELECT MAX(id) AS id FROM articles')).rows[0]?.['id'] ?? 0);
  const indexes = await ownIndexes(client, ROW_TABLES);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  await client.query('CREATE TEMP TABLE bulk_map (id BIGINT, template BIGINT, key TEXT, hash TEXT, ext_id TEXT, url TEXT, date TEXT, day TEXT)');
  const statements: string[] = [];
  for (const table of ROW_TABLES) statements.push(await copyStatement(client, table));
  const next = random(7);
  for (let n = 0; n < period; n++) next();
  for (let from = period; from < total; from += CHUNK) {
    const rows = [];
    for (let n = from; n < Math.min(total, from + CHUNK); n++) {
      const { key, hash, record } = copyOf(records, n, next());
      const template = templates.get(`bench-${n % period}`);
      if (template === undefined) throw new Error(`bench: article bench-${n % period}, which article ${n} copies, is not stored`);
      id += 1;
      rows.push({ id, template, key, hash, ext_id: record.id, url: record.url, date: record.date, day: dayOf(record.date) });
    }
    await client.query('BEGIN');
    await client.query('INSERT INTO bulk_map SELECT * FROM json_populate_recordset(NULL::bulk_map, $1::json)', [JSON.stringify(rows)]);
    for (const sql of statements) await client.query(sql);
    await client.query('TRUNCATE bulk_map');
    await client.query('COMMIT');
    progress(from + rows.length);
  }
  await client.query("SELECT setval(pg_get_serial_sequence('articles', 'id'), $1)", [id]);
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const index of indexes) await client.query(index.sql);
  await countAgain(client);
}
