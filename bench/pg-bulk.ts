/**
 * The synthetic corpus of synth.ts stored in an empty PostgreSQL store fast, as the writer would store it.
 * Article n is record n mod R under source n mod S, so articles n and n + T (T the least common multiple
 * of R and S) differ only in their id, URL and date, and name the same actors. The first T articles
 * are stored by the writer; every later one is a copy of its template's rows (article n mod T) under its
 * own key, hash, id, URL and day, inserted by `INSERT … SELECT` a chunk per transaction with the tables'
 * own indexes (those that back no constraint) dropped and built again after; then the actors' counters
 * and the totals are counted, and each sum the writer keeps is derived from the rows by the statement of
 * the migration that made it, but actor_days, quote_genders and the actors' counters, summed from the
 * templates' rows once and multiplied by their copies. One writer took 98 minutes for 1,000,000 articles on this machine.
 */
import type pg from 'pg';
import type { ArticleRecord } from '../src/doc/record.js';
import { dayOf } from '../src/store/identity.js';
import { PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { PG_QUOTE_GENDER_SQL } from '../src/store/postgres/stats.js';
import type { Store } from '../src/store/store.js';
import { build, copyOf, SOURCES } from './synth.js';
import { random } from './sampling.js';

/** Articles copied per transaction. */
const CHUNK = 20_000;

/** The tables an article's rows are in: its own, then those keyed by its id. */
const ROW_TABLES = ['articles', 'entities', 'quotes', 'events'] as const;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The articles after which the synthetic corpus of `records` records repeats: the least common multiple of the records' and the sources' counts. */
export const periodOf = (records: number): number => (records * SOURCES.length) / gcd(records, SOURCES.length);

/** What each copied article's row takes from the map of copies (`m`) instead of from its template's row (`t`). */
const OWN: Record<(typeof ROW_TABLES)[number], Record<string, string | null>> = {
  articles: { id: 'm.id', key: 'm.key', hash: 'm.hash', ext_id: 'm.ext_id', url: 'm.url', date: 'm.date', day: 'm.day' },
  entities: { article_id: 'm.id', day: 'm.day' },
  // A quote's and an event's id are the table's own (null: left to its sequence).
  quotes: { id: null, article_id: 'm.id', day: 'm.day' },
  events: { id: null, article_id: 'm.id', day: 'm.day' },
};

// The statements that drop `tables`' indexes and build them again: those that back no constraint, or
// (`keys`) their primary and unique keys too. A table filled without its indexes, they are built once.
async function indexesOf(client: pg.ClientBase, tables: readonly string[], keys = false): Promise<Array<{ drop: string; build: string }>> {
  const { rows } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS sql, i.indrelid::regclass::text AS tab, c.conname, pg_get_constraintdef(c.oid) AS def
     FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
     WHERE i.indrelid = ANY(SELECT to_regclass(t)::oid FROM unnest($1::text[]) AS t) AND (c.oid IS NULL OR $2)`,
    [tables, keys],
  );
  return rows.map((row: Record<string, unknown>) =>
    row['conname'] === null
      ? { drop: `DROP INDEX ${String(row['name'])}`, build: String(row['sql']) }
      : { drop: `ALTER TABLE ${String(row['tab'])} DROP CONSTRAINT ${String(row['conname'])}`, build: `ALTER TABLE ${String(row['tab'])} ADD CONSTRAINT ${String(row['conname'])} ${String(row['def'])}` },
  );
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

// Every article's template (bulk_copies; a template is its own), found by their ids (bench-N: article
// N copies article N mod `period`), and what each template's rows give its copies, summed per article
// and actor as the migration that made actor_days sums every article's (migration 4): the actors'
// mentions (their entities' mentions, read as JSON) and quotes; and per article and speaker's gender
// as the migration that made quote_genders (migration 3) sums every quote's. The templates' entities are
// named apart: joined to the templates' quotes alone, the planner hashed all 16.5 million entities of the
// 1,000,000-article store (20 s; 0.4 s so).
const templateSums = (period: number): string[] => [
  `CREATE TEMP TABLE bulk_copies AS SELECT a.id, t.id AS template FROM articles a
     JOIN articles t ON t.ext_id = 'bench-' || (substr(a.ext_id, 7)::bigint % ${period}) WHERE a.ext_id LIKE 'bench-%'`,
  'CREATE TEMP TABLE bulk_templates AS SELECT DISTINCT template AS id FROM bulk_copies',
  'ANALYZE bulk_copies, bulk_templates',
  `CREATE TEMP TABLE bulk_mentions AS SELECT article_id, actor_id, SUM(json_array_length(mentions::json)) AS mentions
     FROM entities WHERE actor_id IS NOT NULL AND article_id IN (SELECT id FROM bulk_templates) GROUP BY article_id, actor_id`,
  `CREATE TEMP TABLE bulk_quotes AS SELECT article_id, actor_id, COUNT(*) AS n
     FROM quotes WHERE layer = 'quote' AND actor_id IS NOT NULL AND article_id IN (SELECT id FROM bulk_templates) GROUP BY article_id, actor_id`,
  `CREATE TEMP TABLE bulk_genders AS SELECT q.article_id, ${PG_QUOTE_GENDER_SQL} AS gender, COUNT(*) AS n FROM quotes q
     LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker_entity AND en.article_id IN (SELECT id FROM bulk_templates)
     WHERE q.layer = 'quote' AND q.article_id IN (SELECT id FROM bulk_templates) GROUP BY 1, 2`,
  'ANALYZE bulk_mentions, bulk_quotes, bulk_genders',
];

// The sums derived from the templates' sums rather than by their migration's statement from every row:
// actor_days as migration 4 derives it (every article's entities, each one's mentions read as JSON,
// took more than 15 minutes of the 1,000,000-article build, 811 s; 153 s so), quote_genders as
// migration 3 does (every quote joined to its speaker's entity: 112 s).
const FROM_TEMPLATES: Record<string, string> = {
  actor_days: `INSERT INTO actor_days (day, actor_id, articles, mentions, quotes)
  SELECT a.day, m.actor_id, COUNT(*), SUM(m.mentions), SUM(COALESCE(q.n, 0))
  FROM bulk_copies c JOIN articles a ON a.id = c.id JOIN bulk_mentions m ON m.article_id = c.template
  LEFT JOIN bulk_quotes q ON q.article_id = c.template AND q.actor_id = m.actor_id
  WHERE a.day IS NOT NULL
  GROUP BY a.day, m.actor_id`,
  quote_genders: `INSERT INTO quote_genders (gender, quotes)
  SELECT g.gender, SUM(g.n) FROM bulk_copies c JOIN bulk_genders g ON g.article_id = c.template GROUP BY g.gender`,
};

// The actors' counters (articles, mentions, quotes) from the templates' sums, as the writer counts them.
const ACTORS_FROM_TEMPLATES = `UPDATE actors ac SET articles = s.articles, mentions = s.mentions, quotes = COALESCE(q.n, 0)
  FROM (SELECT m.actor_id, COUNT(*) AS articles, SUM(m.mentions) AS mentions FROM bulk_copies c JOIN bulk_mentions m ON m.article_id = c.template GROUP BY m.actor_id) s
  LEFT JOIN (SELECT q.actor_id, SUM(q.n) AS n FROM bulk_copies c JOIN bulk_quotes q ON q.article_id = c.template GROUP BY q.actor_id) q ON q.actor_id = s.actor_id
  WHERE ac.id = s.actor_id`;

// Runs `work`, then tells `progress` how long `what` took.
async function timed(what: string, progress: (note: string) => void, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  progress(`${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The actors' counters, the totals and every kept sum of a store filled by bulkBuild (the synthetic
 * corpus repeating after `period` articles), counted again: the counters, actor_days and quote_genders from the
 * templates' sums, the rest from the rows by the migrations' statements, each sum's table filled
 * without its indexes (inserted into the two of actor_days, its 501,471 rows of the 50,000-article
 * store took 19 s; 6.5 s without them and 2.8 s to build them after). `progress` is told each step's time.
 */
export async function countAgain(client: pg.ClientBase, period: number, progress: (note: string) => void = () => undefined): Promise<void> {
  await client.query("SET work_mem = '256MB'");
  for (const table of ['bulk_copies', 'bulk_templates', 'bulk_mentions', 'bulk_quotes', 'bulk_genders']) await client.query(`DROP TABLE IF EXISTS pg_temp.${table}`);
  await timed("the templates' sums", progress, async () => {
    for (const sql of templateSums(period)) await client.query(sql);
  });
  await timed("the actors' counters", progress, () => client.query(ACTORS_FROM_TEMPLATES));
  await client.query(
    `UPDATE store_totals SET n = CASE name
       WHEN 'articles' THEN (SELECT COUNT(*) FROM articles) WHEN 'actors' THEN (SELECT COUNT(*) FROM actors WHERE articles > 0)
       WHEN 'entities' THEN (SELECT COUNT(*) FROM entities) WHEN 'quotes' THEN (SELECT COUNT(*) FROM quotes WHERE layer = 'quote')
       WHEN 'attributions' THEN (SELECT COUNT(*) FROM quotes WHERE layer = 'attribution') WHEN 'events' THEN (SELECT COUNT(*) FROM events)
       ELSE n + 1 END`,
  );
  for (const { table, sql } of derivations()) {
    await timed(table, progress, async () => {
      const indexes = await indexesOf(client, [table], true);
      await client.query(`TRUNCATE ${table}`);
      for (const index of indexes) await client.query(index.drop);
      await client.query(FROM_TEMPLATES[table] ?? sql);
      for (const index of indexes) await client.query(index.build);
    });
  }
}

/**
 * Stores articles 0 to `total - 1` of the synthetic corpus of `records` in the empty `store`, whose
 * database `client` reaches (on the store's schema); `progress` is told the articles stored so far,
 * then each step's time.
 */
export async function bulkBuild(store: Store, client: pg.ClientBase, records: readonly ArticleRecord[], total: number, progress: (note: string) => void = () => undefined): Promise<void> {
  const period = periodOf(records.length);
  await build(store, [...records], Math.min(total, period));
  if (total <= period) return;
  const templates = new Map((await client.query("SELECT id, ext_id FROM articles WHERE ext_id LIKE 'bench-%'")).rows.map((row: Record<string, unknown>) => [String(row['ext_id']), Number(row['id'])]));
  let id = Number((await client.query('SELECT MAX(id) AS id FROM articles')).rows[0]?.['id'] ?? 0);
  const indexes = await indexesOf(client, ROW_TABLES);
  for (const index of indexes) await client.query(index.drop);
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
    progress(`${from + rows.length} articles stored`);
  }
  await client.query("SELECT setval(pg_get_serial_sequence('articles', 'id'), $1)", [id]);
  await client.query("SET maintenance_work_mem = '512MB'");
  await timed('the indexes built', progress, async () => {
    for (const index of indexes) await client.query(index.build);
  });
  await countAgain(client, period, progress);
}
