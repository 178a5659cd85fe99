/**
 * Writes articles into PostgreSQL: a batch of articles in a fixed number of statements whatever its
 * size (the stored hashes, text hashes and actors looked up once; articles, entities, quotes and
 * events each inserted by one statement from a JSON array of rows; the actors' counters added once),
 * actors merged across articles by key (safe with many writers: insert-or-nothing, then counters
 * updated in id order), totals kept as deltas. One statement per row and per article made a worker
 * wait on ~12 round trips an article (about 100 articles/s).
 */
import type { ArticleRecord, EntityRecord } from '../../doc/record.js';
import { actorKey, normaliseName } from '../actors.js';
import { dayOf, textHash } from '../identity.js';
import { articleExtra, entityExtra, EVENT_COLUMNS, eventRow, num, QUOTE_COLUMNS, quoteRow, str, type Row } from '../sql/rows.js';
import { quotesByGender } from '../sql/stats.js';
import type { PutOutcome, StoredArticle } from '../store.js';
import { wellFormed } from '../well-formed.js';
import type { Queryable } from './db.js';
import { searchText } from './search.js';
import { PG_QUOTE_GENDER_SQL } from './stats.js';
import { addDay, addEvents, addGender, addMonth, addRole, addSource, type Totals } from './totals.js';
import { addPair, pairOfEvent, pairsOfArticle } from './interactions.js';

/** An actor's share of one article, or of a batch: articles naming it, its mentions, the quotes it said. */
interface Share {
  articles: number;
  mentions: number;
  quotes: number;
}

const ARTICLE_COLUMNS = ['key', 'hash', 'ext_id', 'title', 'date', 'day', 'url', 'source', 'byline', 'text', 'text_hash', 'messages', 'stored_at', 'quotes', 'events', 'extra'] as const;
const ENTITY_COLUMNS = ['article_id', 'ord', 'local_id', 'actor_id', 'name', 'type', 'kb_id', 'role', 'country', 'mentions', 'day', 'extra'] as const;
const ACTOR_COLUMNS = ['key', 'name', 'name_norm', 'type', 'kb_id', 'country'] as const;

// Rows inserted by one statement from one JSON parameter, read as the table's own row type (so each
// value takes its column's type), in the array's order (ids are given in the order of the records).
async function insertJson(db: Queryable, table: string, columns: readonly string[], rows: readonly Row[], tail = ''): Promise<Row[]> {
  if (rows.length === 0) return [];
  const list = columns.join(', ');
  return db.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, ?::json) ${tail}`, [JSON.stringify(rows)]);
}

// Quotes the same way, with each quote's search vector made from its `search_text` (null for attributions).
async function insertQuotes(db: Queryable, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO quotes (${QUOTE_COLUMNS.join(', ')}, search)
     SELECT ${QUOTE_COLUMNS.map((column) => `r.${column}`).join(', ')}, to_tsvector('onrecord', x.e->>'search_text')
     FROM json_array_elements(?::json) WITH ORDINALITY AS x(e, n) CROSS JOIN LATERAL json_populate_record(NULL::quotes, x.e) AS r
     ORDER BY x.n`,
    [JSON.stringify(rows)],
  );
}

// Adds each actor's share to its counters, in id order (two writers then lock actors in one order),
// counting actors that start or stop being named.
async function count(db: Queryable, shares: ReadonlyMap<number, Share>, totals: Totals): Promise<void> {
  if (shares.size === 0) return;
  const ids = [...shares.keys()].sort((a, b) => a - b);
  const rows = await db.query(
    `UPDATE actors AS ac SET articles = ac.articles + v.a, mentions = ac.mentions + v.m, quotes = ac.quotes + v.q
     FROM (VALUES ${ids.map(() => '(?::bigint, ?::int, ?::int, ?::int)').join(', ')}) AS v(id, a, m, q)
     WHERE ac.id = v.id RETURNING ac.articles AS now, v.a AS added, ac.type AS type, v.q AS quotes`,
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
    const type = String(row['type']);
    totals.types.set(type, (totals.types.get(type) ?? 0) + num(row['quotes']));
  }
}

// Takes an article's share out of its actors' counters and the totals, then deletes it (its rows cascade).
async function forget(db: Queryable, articleId: number, totals: Totals): Promise<number[]> {
  const shares = new Map<number, Share>();
  const old = await db.query(
    `SELECT en.actor_id, SUM(json_array_length(en.mentions::json)) AS mentions,
       (SELECT COUNT(*) FROM quotes q WHERE q.article_id = en.article_id AND q.actor_id = en.actor_id AND q.layer = 'quote') AS quotes
     FROM entities en WHERE en.article_id = ? AND en.actor_id IS NOT NULL GROUP BY en.article_id, en.actor_id`,
    [articleId],
  );
  for (const row of old) shares.set(num(row['actor_id']), { articles: -1, mentions: -num(row['mentions']), quotes: -num(row['quotes']) });
  await count(db, shares, totals);
  const [article] = await db.query('SELECT day, quotes, source FROM articles WHERE id = ?', [articleId]);
  const day = typeof article?.['day'] === 'string' ? article['day'] : null;
  addSource(totals, typeof article?.['source'] === 'string' ? article['source'] : null, -1, -num(article?.['quotes']));
  for (const row of await db.query('SELECT code, COUNT(*) AS n FROM events WHERE article_id = ? GROUP BY code', [articleId])) addEvents(totals, day, str(row['code']), -num(row['n']));
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
  await pairsOfArticle(db, articleId, totals.resum);
  await db.query('DELETE FROM articles WHERE id = ?', [articleId]);
  return [...shares.keys()];
}

/** Actors no article names any more go. */
export async function dropOrphans(db: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query('DELETE FROM actors WHERE id = ANY(?) AND articles <= 0 AND NOT EXISTS (SELECT 1 FROM entities WHERE actor_id = actors.id)', [ids]);
}

// The actor ids of the batch's entities by actor key, inserting actors not seen before (in the order first named).
async function actorIds(db: Queryable, records: readonly ArticleRecord[]): Promise<Map<string, number>> {
  const wanted = new Map<string, EntityRecord>();
  for (const record of records) {
    for (const entity of record.entities) {
      const key = actorKey(entity, record.source);
      if (key !== null && !wanted.has(key)) wanted.set(key, entity);
    }
  }
  if (wanted.size === 0) return new Map();
  const rows = [...wanted].map(([key, entity]): Row => ({ key, name: entity.name, name_norm: normaliseName(entity.name), type: entity.type, kb_id: entity.kbId, country: entity.country }));
  await insertJson(db, 'actors', ACTOR_COLUMNS, rows, 'ON CONFLICT (key) DO NOTHING');
  return new Map((await db.query('SELECT id, key FROM actors WHERE key = ANY(?)', [[...wanted.keys()]])).map((row) => [str(row['key']), num(row['id'])]));
}

/** An article of a batch to be written: its record made storable, its text's hash, the row it replaces. */
interface Write {
  item: StoredArticle;
  record: ArticleRecord;
  hashOfText: string;
  old: number | null;
}

// Whether each new article's text is stored already, as if the batch were stored one article after
// another: under another key (not one the batch replaces), under a key the batch replaces later on,
// or by an article earlier in the batch.
async function republished(db: Queryable, writes: readonly Write[]): Promise<boolean[]> {
  const fresh = writes.filter((write) => write.old === null).map((write) => write.hashOfText);
  if (fresh.length === 0) return writes.map(() => false);
  const replacing = writes.filter((write) => write.old !== null).map((write) => write.item.key);
  const found = await db.query(
    `SELECT text_hash, COUNT(*) FILTER (WHERE NOT (key = ANY(?))) AS others, array_agg(key) FILTER (WHERE key = ANY(?)) AS replaced
     FROM articles WHERE text_hash = ANY(?) GROUP BY text_hash`,
    [replacing, replacing, fresh],
  );
  const byHash = new Map(found.map((row) => [str(row['text_hash']), { others: num(row['others']), replaced: Array.isArray(row['replaced']) ? row['replaced'].map(str) : [] }]));
  const position = new Map(writes.map((write, i) => [write.item.key, i]));
  const earlier = new Set<string>();
  return writes.map((write, i) => {
    const stored = byHash.get(write.hashOfText);
    const again = write.old === null && (earlier.has(write.hashOfText) || (stored !== undefined && (stored.others > 0 || stored.replaced.some((key) => (position.get(key) ?? -1) > i))));
    earlier.add(write.hashOfText);
    return again;
  });
}

// The rows of one article (its id known), its actors' shares added to `shares` and its sums to `totals`.
function rowsOf(articleId: number, record: ArticleRecord, byKey: ReadonlyMap<string, number>, shares: Map<number, Share>, totals: Totals, out: { entities: Row[]; quotes: Row[]; events: Row[] }): void {
  const day = dayOf(record.date);
  const actors = new Map<string, number>();
  const own = new Map<number, Share>();
  record.entities.forEach((entity, ord) => {
    const key = actorKey(entity, record.source);
    const actor = key === null ? null : (byKey.get(key) ?? null);
    if (actor !== null) {
      actors.set(entity.id, actor);
      const share = own.get(actor) ?? { articles: 1, mentions: 0, quotes: 0 };
      share.mentions += entity.mentions.length;
      own.set(actor, share);
      if (entity.role !== null && entity.role !== '') addRole(totals, actor, entity.role, day ?? '', 1);
    }
    const mentions = JSON.stringify(entity.mentions.map((m) => [m.start, m.end]));
    out.entities.push({ article_id: articleId, ord, local_id: entity.id, actor_id: actor, name: entity.name, type: entity.type, kb_id: entity.kbId, role: entity.role, country: entity.country, mentions, day, extra: entityExtra(entity) });
  });
  for (const quote of record.quotes) {
    const row: Row = { ...quoteRow(articleId, day, 'quote', quote, actors), search_text: searchText(quote.text) };
    const share = typeof row['actor_id'] === 'number' ? own.get(row['actor_id']) : undefined;
    if (share) share.quotes += 1;
    out.quotes.push(row);
  }
  for (const attribution of record.attributions) out.quotes.push(quoteRow(articleId, day, 'attribution', attribution, actors));
  for (const event of record.events) {
    const row = eventRow(articleId, day, event, actors);
    const pair = pairOfEvent(row);
    if (pair !== null) addPair(totals.pairs, pair);
    out.events.push(row);
  }
  for (const [actor, share] of own) {
    const sum = shares.get(actor) ?? { articles: 0, mentions: 0, quotes: 0 };
    sum.articles += share.articles;
    sum.mentions += share.mentions;
    sum.quotes += share.quotes;
    shares.set(actor, sum);
    if (day !== null) addDay(totals, day, actor, share);
  }
  if (day !== null) addMonth(totals, day, record.quotes.length);
  addSource(totals, record.source ?? null, 1, record.quotes.length);
  for (const event of record.events) addEvents(totals, day, event.code, 1);
  totals.articles += 1;
  totals.entities += record.entities.length;
  totals.quotes += record.quotes.length;
  totals.attributions += record.attributions.length;
  totals.events += record.events.length;
  for (const [gender, n] of quotesByGender(record)) addGender(totals, gender, n);
}

/**
 * Stores a batch of articles, no two with one key, inside the caller's transaction: what `put` did
 * with each. One that fails fails the batch (the caller then stores its articles one by one).
 */
export async function putBatch(db: Queryable, given: readonly StoredArticle[], totals: Totals): Promise<PutOutcome[]> {
  const existing = new Map(
    (await db.query('SELECT id, key, hash FROM articles WHERE key = ANY(?) ORDER BY id FOR UPDATE', [given.map((item) => item.key)])).map((row) => [str(row['key']), { id: num(row['id']), hash: str(row['hash']) }]),
  );
  const outcomes: PutOutcome[] = given.map(() => 'unchanged');
  const writes: Array<Write & { index: number }> = [];
  given.forEach((item, index) => {
    const old = existing.get(item.key);
    if (old !== undefined && old.hash === item.hash) return;
    const record = wellFormed(item.record);
    writes.push({ index, item, record, hashOfText: textHash(record.text), old: old?.id ?? null });
  });
  if (writes.length === 0) return outcomes;
  const again = await republished(db, writes);
  writes.forEach((write, i) => (outcomes[write.index] = write.old !== null ? 'replaced' : again[i] === true ? 'republished' : 'stored'));
  const previous: number[] = [];
  for (const write of writes) if (write.old !== null) previous.push(...(await forget(db, write.old, totals)));
  const byKey = await actorIds(db, writes.map((write) => write.record));
  const storedAt = new Date().toISOString();
  const articleRows = writes.map(({ item, record, hashOfText }): Row => ({
    key: item.key, hash: item.hash, ext_id: record.id, title: record.title ?? null, date: record.date ?? null, day: dayOf(record.date), url: record.url ?? null, source: record.source ?? null,
    byline: item.byline ?? null, text: record.text, text_hash: hashOfText, messages: JSON.stringify(record.messages), stored_at: storedAt, quotes: record.quotes.length, events: record.events.length, extra: articleExtra(record),
  }));
  const ids = new Map((await insertJson(db, 'articles', ARTICLE_COLUMNS, articleRows, 'RETURNING id, key')).map((row) => [str(row['key']), num(row['id'])]));
  const shares = new Map<number, Share>();
  const rows = { entities: [] as Row[], quotes: [] as Row[], events: [] as Row[] };
  for (const write of writes) rowsOf(ids.get(write.item.key) ?? NaN, write.record, byKey, shares, totals, rows);
  await insertJson(db, 'entities', ENTITY_COLUMNS, rows.entities);
  await insertQuotes(db, rows.quotes);
  await insertJson(db, 'events', EVENT_COLUMNS, rows.events);
  await count(db, shares, totals);
  await dropOrphans(db, previous);
  return outcomes;
}

/** Removes one article inside the caller's transaction; false when there was none. */
export async function removeOne(db: Queryable, key: string, totals: Totals): Promise<boolean> {
  const [existing] = await db.query('SELECT id FROM articles WHERE key = ? FOR UPDATE', [key]);
  if (existing === undefined) return false;
  await dropOrphans(db, await forget(db, num(existing['id']), totals));
  return true;
}
