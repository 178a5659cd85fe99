/**
 * Writes articles into PostgreSQL: a batch per transaction, each article in a savepoint (one failing
 * leaves the others), its rows by multi-row inserts, actors merged across articles by key (safe with
 * many writers: insert-or-nothing, then counters updated in id order), totals kept as deltas.
 */
import type { ArticleRecord } from '../../doc/record.js';
import { actorKey, normaliseName } from '../actors.js';
import { dayOf, textHash } from '../identity.js';
import { articleExtra, entityExtra, EVENT_COLUMNS, eventRow, num, QUOTE_COLUMNS, quoteRow, type Row } from '../sql/rows.js';
import type { PutOutcome, StoredArticle } from '../store.js';
import { wellFormed } from '../well-formed.js';
import type { Queryable } from './db.js';
import { searchText } from './search.js';
import { quotesByGender } from '../sql/stats.js';
import { PG_QUOTE_GENDER_SQL } from './stats.js';

/** Changes to store_totals, to quote_genders by gender and to the actors' sums by day and role, summed over a transaction and written once at its end. */
export type Totals = Record<'articles' | 'actors' | 'entities' | 'quotes' | 'attributions' | 'events', number> & {
  genders: Map<string, number>;
  months: Map<string, number>;
  days: Map<string, DayShare>;
  roles: Map<string, RoleShare>;
};

/** No change yet. */
export const noTotals = (): Totals => ({ articles: 0, actors: 0, entities: 0, quotes: 0, attributions: 0, events: 0, genders: new Map(), months: new Map(), days: new Map(), roles: new Map() });

function addGender(totals: Totals, gender: string, n: number): void {
  totals.genders.set(gender, (totals.genders.get(gender) ?? 0) + n);
}

// An article's quotes added to (or, negative, taken from) its month's.
function addMonth(totals: Totals, day: string, quotes: number): void {
  const month = day.slice(0, 7);
  totals.months.set(month, (totals.months.get(month) ?? 0) + quotes);
}

// An actor's share of an article added to (or, negative, taken from) its sums on the article's day.
function addDay(totals: Totals, day: string, actor: number, share: { articles: number; mentions: number; quotes: number }): void {
  const key = `${day} ${actor}`;
  const sum = totals.days.get(key) ?? { day, actor, articles: 0, mentions: 0, quotes: 0 };
  sum.articles += share.articles;
  sum.mentions += share.mentions;
  sum.quotes += share.quotes;
  totals.days.set(key, sum);
}

// Entities of an actor holding a role on a day ('' for none), added or taken.
function addRole(totals: Totals, actor: number, role: string, day: string, entities: number): void {
  const key = JSON.stringify([actor, role, day]);
  const sum = totals.roles.get(key) ?? { actor, role, day, entities: 0 };
  sum.entities += entities;
  totals.roles.set(key, sum);
}

// Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table.
const ROWS_PER_INSERT = 1000;

async function insertRows(db: Queryable, table: string, columns: readonly string[], rows: readonly Row[], values: (column: string, placeholder: string) => string = (_c, p) => p): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const chunk = rows.slice(at, at + ROWS_PER_INSERT);
    const tuple = `(${columns.map((column) => values(column, '?')).join(', ')})`;
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flatMap((row) => columns.map((column) => row[column] ?? null)));
  }
}

// Adds each actor's share to its counters, in id order (two writers then lock actors in one order),
// counting actors that start or stop being named.
async function count(db: Queryable, shares: Map<number, { articles: number; mentions: number; quotes: number }>, totals: Totals): Promise<void> {
  if (shares.size === 0) return;
  const ids = [...shares.keys()].sort((a, b) => a - b);
  const rows = await db.query(
    `UPDATE actors AS ac SET articles = ac.articles + v.a, mentions = ac.mentions + v.m, quotes = ac.quotes + v.q
     FROM (VALUES ${ids.map(() => '(?::bigint, ?::int, ?::int, ?::int)').join(', ')}) AS v(id, a, m, q)
     WHERE ac.id = v.id RETURNING ac.articles AS now, v.a AS added`,
    ids.flatMap((id) => {
      const share = shares.get(id);
      return [id, share?.articles ?? 0, share?.mentions ?? 0, share?.quotes ?? 0];
    }),
  );
  for (const row of rows) {
    const now = num(row['now']);
    const before = now - num(row['added']);
    if (before <= 0 && now > 0) totals.actors += 1;
    if (before > 0 && now <= 0) totals.actors -= 1;
  }
}

// The ids of the article's actors by entity id, inserting actors not seen before (in entity order).
async function actorIds(db: Queryable, record: ArticleRecord): Promise<Map<string, number>> {
  const wanted = new Map<string, (typeof record.entities)[number]>();
  for (const entity of record.entities) {
    const key = actorKey(entity);
    if (key !== null && !wanted.has(key)) wanted.set(key, entity);
  }
  const byEntity = new Map<string, number>();
  if (wanted.size === 0) return byEntity;
  const keys = [...wanted.keys()];
  await db.query(
    `INSERT INTO actors (key, name, name_norm, type, kb_id, country) VALUES ${keys.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT (key) DO NOTHING`,
    keys.flatMap((key) => {
      const entity = wanted.get(key);
      return entity === undefined ? [] : [key, entity.name, normaliseName(entity.name), entity.type, entity.kbId, entity.country];
    }),
  );
  const found = new Map((await db.query('SELECT id, key FROM actors WHERE key = ANY(?)', [keys])).map((row) => [String(row['key']), num(row['id'])]));
  for (const entity of record.entities) {
    const key = actorKey(entity);
    const id = key === null ? undefined : found.get(key);
    if (id !== undefined) byEntity.set(entity.id, id);
  }
  return byEntity;
}

// Takes an article's share out of its actors' counters and the totals, then deletes it (its rows cascade).
async function forget(db: Queryable, articleId: number, totals: Totals): Promise<number[]> {
  const shares = new Map<number, { articles: number; mentions: number; quotes: number }>();
  const old = await db.query(
    `SELECT en.actor_id, SUM(json_array_length(en.mentions::json)) AS mentions,
       (SELECT COUNT(*) FROM quotes q WHERE q.article_id = en.article_id AND q.actor_id = en.actor_id AND q.layer = 'quote') AS quotes
     FROM entities en WHERE en.article_id = ? AND en.actor_id IS NOT NULL GROUP BY en.article_id, en.actor_id`,
    [articleId],
  );
  for (const row of old) shares.set(num(row['actor_id']), { articles: -1, mentions: -num(row['mentions']), quotes: -num(row['quotes']) });
  await count(db, shares, totals);
  const [article] = await db.query('SELECT day, quotes FROM articles WHERE id = ?', [articleId]);
  const day = typeof article?.['day'] === 'string' ? article['day'] : null;
  if (day !== null) addMonth(totals, day, -num(article?.['quotes']));
  if (day !== null) for (const [actor, share] of shares) addDay(totals, day, actor, share);
  const roles = await db.query(
    "SELECT actor_id, role, COUNT(*) AS n FROM entities WHERE article_id = ? AND actor_id IS NOT NULL AND role IS NOT NULL AND role <> '' GROUP BY actor_id, role",
    [articleId],
  );
  for (const row of roles) addRole(totals, num(row['actor_id']), String(row['role']), day ?? '', -num(row['n']));
  const [sizes] = await db.query(
    `SELECT (SELECT COUNT(*) FROM entities WHERE article_id = ?) AS entities,
       (SELECT COUNT(*) FROM quotes WHERE article_id = ? AND layer = 'quote') AS quotes,
       (SELECT COUNT(*) FROM quotes WHERE article_id = ? AND layer = 'attribution') AS attributions,
       (SELECT COUNT(*) FROM events WHERE article_id = ?) AS events`,
    [articleId, articleId, articleId, articleId],
  );
  const genders = await db.query(
    `SELECT ${PG_QUOTE_GENDER_SQL} AS gender, COUNT(*) AS n FROM quotes q
     LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker_entity
     WHERE q.article_id = ? AND q.layer = 'quote' GROUP BY 1`,
    [articleId],
  );
  for (const row of genders) addGender(totals, String(row['gender']), -num(row['n']));
  totals.articles -= 1;
  totals.entities -= num(sizes?.['entities']);
  totals.quotes -= num(sizes?.['quotes']);
  totals.attributions -= num(sizes?.['attributions']);
  totals.events -= num(sizes?.['events']);
  await db.query('DELETE FROM articles WHERE id = ?', [articleId]);
  return [...shares.keys()];
}

async function insert(db: Queryable, item: StoredArticle, hashOfText: string, totals: Totals): Promise<void> {
  const record = item.record;
  const day = dayOf(record.date);
  const [article] = await db.query(
    `INSERT INTO articles (key, hash, ext_id, title, date, day, url, source, byline, text, text_hash, messages, stored_at, quotes, events, extra)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [item.key, item.hash, record.id, record.title ?? null, record.date ?? null, day, record.url ?? null, record.source ?? null, item.byline ?? null, record.text, hashOfText, JSON.stringify(record.messages), new Date().toISOString(), record.quotes.length, record.events.length, articleExtra(record)],
  );
  const articleId = num(article?.['id']);
  const actors = await actorIds(db, record);
  const shares = new Map<number, { articles: number; mentions: number; quotes: number }>();
  const entityRows = record.entities.map((entity, ord): Row => {
    const actor = actors.get(entity.id) ?? null;
    if (actor !== null) {
      const share = shares.get(actor) ?? { articles: 1, mentions: 0, quotes: 0 };
      share.mentions += entity.mentions.length;
      shares.set(actor, share);
      if (entity.role !== null && entity.role !== '') addRole(totals, actor, entity.role, day ?? '', 1);
    }
    const mentions = JSON.stringify(entity.mentions.map((m) => [m.start, m.end]));
    return { article_id: articleId, ord, local_id: entity.id, actor_id: actor, name: entity.name, type: entity.type, kb_id: entity.kbId, role: entity.role, country: entity.country, mentions, day, extra: entityExtra(entity) };
  });
  await insertRows(db, 'entities', ['article_id', 'ord', 'local_id', 'actor_id', 'name', 'type', 'kb_id', 'role', 'country', 'mentions', 'day', 'extra'], entityRows);
  const quoteRows: Row[] = [
    ...record.quotes.map((quote) => ({ ...quoteRow(articleId, day, 'quote', quote, actors), search: searchText(quote.text) })),
    ...record.attributions.map((attribution) => ({ ...quoteRow(articleId, day, 'attribution', attribution, actors), search: null })),
  ];
  for (const row of quoteRows) {
    const share = row['layer'] === 'quote' && typeof row['actor_id'] === 'number' ? shares.get(row['actor_id']) : undefined;
    if (share) share.quotes += 1;
  }
  await insertRows(db, 'quotes', [...QUOTE_COLUMNS, 'search'], quoteRows, (column, p) => (column === 'search' ? `to_tsvector('onrecord', ${p}::text)` : p));
  await insertRows(db, 'events', EVENT_COLUMNS, record.events.map((event) => eventRow(articleId, day, event, actors)));
  await count(db, shares, totals);
  if (day !== null) for (const [actor, share] of shares) addDay(totals, day, actor, share);
  if (day !== null) addMonth(totals, day, record.quotes.length);
  totals.articles += 1;
  totals.entities += record.entities.length;
  totals.quotes += record.quotes.length;
  totals.attributions += record.attributions.length;
  totals.events += record.events.length;
  for (const [gender, n] of quotesByGender(record)) addGender(totals, gender, n);
}

/** Actors no article names any more go. */
export async function dropOrphans(db: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query('DELETE FROM actors WHERE id = ANY(?) AND articles <= 0 AND NOT EXISTS (SELECT 1 FROM entities WHERE actor_id = actors.id)', [ids]);
}

/** Stores one article inside the caller's transaction (in a savepoint the caller made): what `put` did with it. */
export async function putOne(db: Queryable, given: StoredArticle, totals: Totals): Promise<PutOutcome> {
  const [existing] = await db.query('SELECT id, hash FROM articles WHERE key = ? FOR UPDATE', [given.key]);
  if (existing !== undefined && existing['hash'] === given.hash) return 'unchanged';
  const item = { ...given, record: wellFormed(given.record) };
  const hashOfText = textHash(item.record.text);
  const republished = existing === undefined && (await db.query('SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1', [hashOfText])).length > 0;
  const previous = existing === undefined ? [] : await forget(db, num(existing['id']), totals);
  await insert(db, item, hashOfText, totals);
  await dropOrphans(db, previous);
  return existing !== undefined ? 'replaced' : republished ? 'republished' : 'stored';
}

/** Removes one article inside the caller's transaction; false when there was none. */
export async function removeOne(db: Queryable, key: string, totals: Totals): Promise<boolean> {
  const [existing] = await db.query('SELECT id FROM articles WHERE key = ? FOR UPDATE', [key]);
  if (existing === undefined) return false;
  await dropOrphans(db, await forget(db, num(existing['id']), totals));
  return true;
}

/**
 * Adds the changed quote counts by key to a table of counts (quote_genders, quote_months), dropping
 * keys left with none. In the keys' order, so that two writers lock their rows in one order.
 */
async function addCounts(db: Queryable, table: 'quote_genders' | 'quote_months', key: 'gender' | 'month', counts: ReadonlyMap<string, number>): Promise<void> {
  const changed = [...counts].filter(([, n]) => n !== 0).sort(([a], [b]) => bytewise(a, b));
  if (changed.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (${key}, quotes) VALUES ${changed.map(() => '(?::text, ?::bigint)').join(', ')}
     ON CONFLICT (${key}) DO UPDATE SET quotes = ${table}.quotes + excluded.quotes`,
    changed.flat(),
  );
  await db.query(`DELETE FROM ${table} WHERE quotes <= 0`);
}

/** Writes the totals' changes and moves the data version: last in a transaction, so the rows are locked briefly. */
export async function saveTotals(db: Queryable, totals: Totals): Promise<void> {
  await addCounts(db, 'quote_genders', 'gender', totals.genders);
  await saveSums(db, totals);
  await addCounts(db, 'quote_months', 'month', totals.months);
  const changes = Object.entries(totals).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] !== 0);
  changes.push(['writes', 1]);
  await db.query(
    `UPDATE store_totals AS t SET n = t.n + v.d FROM (VALUES ${changes.map(() => '(?::text, ?::bigint)').join(', ')}) AS v(name, d) WHERE t.name = v.name`,
    changes.flat(),
  );
}

/** An actor's articles, mentions and quotes on one day, as actor_days holds them (here a change to them). */
export interface DayShare {
  day: string;
  actor: number;
  articles: number;
  mentions: number;
  quotes: number;
}

/** How many of an actor's entities held a role on one day, as actor_roles holds them (here a change). */
export interface RoleShare {
  actor: number;
  role: string;
  day: string;
  entities: number;
}

const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// The changes to actor_days and actor_roles, in their keys' order (two writers then lock rows in one
// order), then the rows no article counts any more taken out.
async function saveSums(db: Queryable, totals: Totals): Promise<void> {
  const days = [...totals.days.values()].filter((d) => d.articles !== 0 || d.mentions !== 0 || d.quotes !== 0).sort((a, b) => bytewise(a.day, b.day) || a.actor - b.actor);
  for (let at = 0; at < days.length; at += ROWS_PER_INSERT) {
    const chunk = days.slice(at, at + ROWS_PER_INSERT);
    await db.query(
      `INSERT INTO actor_days (day, actor_id, articles, mentions, quotes) VALUES ${chunk.map(() => '(?::text, ?::bigint, ?::int, ?::int, ?::int)').join(', ')}
       ON CONFLICT (day, actor_id) DO UPDATE SET articles = actor_days.articles + excluded.articles,
         mentions = actor_days.mentions + excluded.mentions, quotes = actor_days.quotes + excluded.quotes`,
      chunk.flatMap((d) => [d.day, d.actor, d.articles, d.mentions, d.quotes]),
    );
  }
  const gone = days.filter((d) => d.articles < 0);
  if (gone.length > 0) {
    await db.query(
      `DELETE FROM actor_days d USING (VALUES ${gone.map(() => '(?::text, ?::bigint)').join(', ')}) AS v(day, actor_id)
       WHERE d.day = v.day AND d.actor_id = v.actor_id AND d.articles <= 0`,
      gone.flatMap((d) => [d.day, d.actor]),
    );
  }
  const roles = [...totals.roles.values()].filter((r) => r.entities !== 0).sort((a, b) => a.actor - b.actor || bytewise(a.role, b.role) || bytewise(a.day, b.day));
  for (let at = 0; at < roles.length; at += ROWS_PER_INSERT) {
    const chunk = roles.slice(at, at + ROWS_PER_INSERT);
    await db.query(
      `INSERT INTO actor_roles (actor_id, role, day, entities) VALUES ${chunk.map(() => '(?::bigint, ?::text, ?::text, ?::int)').join(', ')}
       ON CONFLICT (actor_id, role, day) DO UPDATE SET entities = actor_roles.entities + excluded.entities`,
      chunk.flatMap((r) => [r.actor, r.role, r.day, r.entities]),
    );
  }
  const dropped = roles.filter((r) => r.entities < 0);
  if (dropped.length > 0) {
    await db.query(
      `DELETE FROM actor_roles r USING (VALUES ${dropped.map(() => '(?::bigint, ?::text, ?::text)').join(', ')}) AS v(actor_id, role, day)
       WHERE r.actor_id = v.actor_id AND r.role = v.role AND r.day = v.day AND r.entities <= 0`,
      dropped.flatMap((r) => [r.actor, r.role, r.day]),
    );
  }
}
