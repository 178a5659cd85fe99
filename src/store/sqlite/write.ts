/** Writes articles and their records into SQLite: replace-by-key, actors merged across articles, counters kept. */
import type Database from 'better-sqlite3';
import type { ArticleRecord, EntityRecord } from '../../doc/record.js';
import { articleExtra, entityExtra, eventRow, quoteRow } from '../sql/rows.js';
import { actorKey, normaliseName } from '../actors.js';
import { dayOf, textHash } from '../identity.js';
import { wellFormed } from '../well-formed.js';
import type { PutOutcome, StoredArticle } from '../store.js';
import { quotesByGender } from '../sql/stats.js';
import { QUOTE_ID_SPAN, searchKeySql } from './search-key.js';
import { QUOTE_GENDER_SQL } from './stats.js';
import { BATCH_MERGE_STEPS, mergeSearchIndex } from './search-merge.js';


/** The prepared statements of the writer, made once per connection. */
function statements(db: Database.Database) {
  return {
    find: db.prepare<[string], { id: number; hash: string; day: string | null }>('SELECT id, hash, day FROM articles WHERE key = ?'),
    // One row per actor, as `count` adds one article per actor however many of its entities name it.
    oldActors: db.prepare<[number], { actor_id: number; mentions: number }>(
      'SELECT actor_id, SUM(json_array_length(mentions)) AS mentions FROM entities WHERE article_id = ? AND actor_id IS NOT NULL GROUP BY actor_id',
    ),
    oldQuoteActors: db.prepare<[number], { actor_id: number; n: number }>(
      "SELECT actor_id, COUNT(*) AS n FROM quotes WHERE article_id = ? AND layer = 'quote' AND actor_id IS NOT NULL GROUP BY actor_id",
    ),
    unmention: db.prepare('UPDATE actors SET articles = articles - 1, mentions = mentions - ? WHERE id = ?'),
    unquote: db.prepare('UPDATE actors SET quotes = quotes - ? WHERE id = ?'),
    countDay: db.prepare(
      `INSERT INTO actor_days (day, actor_id, articles, mentions, quotes) VALUES (?, ?, 1, ?, ?)
       ON CONFLICT (day, actor_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions, quotes = quotes + excluded.quotes`,
    ),
    uncountDay: db.prepare('UPDATE actor_days SET articles = articles - 1, mentions = mentions - ?, quotes = quotes - ? WHERE day = ? AND actor_id = ?'),
    dropDay: db.prepare('DELETE FROM actor_days WHERE day = ? AND actor_id = ? AND articles <= 0'),
    oldRoles: db.prepare<[number], { actor_id: number; role: string; n: number }>(
      "SELECT actor_id, role, COUNT(*) AS n FROM entities WHERE article_id = ? AND actor_id IS NOT NULL AND role IS NOT NULL AND role <> '' GROUP BY actor_id, role",
    ),
    countRole: db.prepare(
      `INSERT INTO actor_roles (actor_id, role, day, entities) VALUES (?, ?, ?, 1)
       ON CONFLICT (actor_id, role, day) DO UPDATE SET entities = entities + 1`,
    ),
    uncountRole: db.prepare('UPDATE actor_roles SET entities = entities - ? WHERE actor_id = ? AND role = ? AND day = ?'),
    dropRole: db.prepare('DELETE FROM actor_roles WHERE actor_id = ? AND role = ? AND day = ? AND entities <= 0'),
    pairs: db.prepare<[number], { sid: number; tid: number; code: string }>(
      `SELECT DISTINCT source_actor_id AS sid, target_actor_id AS tid, upper(code) AS code FROM events
       WHERE article_id = ? AND source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id`,
    ),
    dropPair: db.prepare('DELETE FROM interactions WHERE source_actor_id = ? AND target_actor_id = ? AND code = ?'),
    sumPair: db.prepare(
      `INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
       SELECT ?, ?, ?, COUNT(*), SUM(negated), MIN(day), MAX(day) FROM events
       WHERE source_actor_id = ? AND target_actor_id = ? AND code = ? HAVING COUNT(*) > 0`,
    ),
    searchKeys: db.prepare<[number], number>(`SELECT ${searchKeySql('day', 'id')} FROM quotes WHERE article_id = ? AND layer = 'quote'`).pluck(),
    indexQuotes: db.prepare(`INSERT INTO quote_search (rowid, text) SELECT ${searchKeySql('day', 'id')}, text FROM quotes WHERE article_id = ? AND layer = 'quote'`),
    unindexQuote: db.prepare('DELETE FROM quote_search WHERE rowid = ?'),
    oldGenders: db.prepare<[number], { gender: string; n: number }>(
      `SELECT ${QUOTE_GENDER_SQL} AS gender, COUNT(*) AS n FROM quotes q
       LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker_entity
       WHERE q.article_id = ? AND q.layer = 'quote' GROUP BY 1`,
    ),
    countGender: db.prepare('INSERT INTO quote_genders (gender, quotes) VALUES (?, ?) ON CONFLICT (gender) DO UPDATE SET quotes = quotes + excluded.quotes'),
    dropGenders: db.prepare('DELETE FROM quote_genders WHERE quotes <= 0'),
    dropOrphan: db.prepare('DELETE FROM actors WHERE id = ? AND articles <= 0 AND NOT EXISTS (SELECT 1 FROM entities WHERE actor_id = actors.id)'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    sameText: db.prepare<[string], number>('SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1').pluck(),
    insertArticle: db.prepare(
      `INSERT INTO articles (key, hash, ext_id, title, date, day, url, source, byline, text, text_hash, messages, stored_at, quotes, events, extra)
       VALUES (@key, @hash, @ext_id, @title, @date, @day, @url, @source, @byline, @text, @text_hash, @messages, @stored_at, @quotes, @events, @extra)`,
    ),
    dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    findActor: db.prepare<[string], { id: number }>('SELECT id FROM actors WHERE key = ?'),
    insertActor: db.prepare('INSERT INTO actors (key, name, name_norm, type, kb_id, country) VALUES (?, ?, ?, ?, ?, ?)'),
    count: db.prepare('UPDATE actors SET articles = articles + 1, mentions = mentions + ?, quotes = quotes + ? WHERE id = ?'),
    insertEntity: db.prepare(
      `INSERT INTO entities (article_id, ord, local_id, actor_id, name, type, kb_id, role, country, mentions, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article_id, layer, local_id, kind, start, end_, text, spans, cue_start, cue_end, cue_text,
         speaker_entity, speaker_name, speaker_start, speaker_end, speaker_text, actor_id, day, extra)
       VALUES (@article_id, @layer, @local_id, @kind, @start, @end_, @text, @spans, @cue_start, @cue_end, @cue_text,
         @speaker_entity, @speaker_name, @speaker_start, @speaker_end, @speaker_text, @actor_id, @day, @extra)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (article_id, local_id, code, mode, negated, modality,
         source_entity, source_name, source_country, source_type, source_actor_id,
         target_entity, target_name, target_country, target_type, target_actor_id,
         trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, quote_id, day, extra)
       VALUES (@article_id, @local_id, @code, @mode, @negated, @modality,
         @source_entity, @source_name, @source_country, @source_type, @source_actor_id,
         @target_entity, @target_name, @target_country, @target_type, @target_actor_id,
         @trigger_start, @trigger_end, @trigger_text, @sentence_start, @sentence_end, @quote_id, @day, @extra)`,
    ),
  };
}

type Statements = ReturnType<typeof statements>;

/** Actor ids by key, remembered across batches; forgotten whenever a write is taken back. */
type ActorCache = Map<string, number>;

function actorId(sql: Statements, cache: ActorCache, entity: EntityRecord, source: string | undefined): number | null {
  const key = actorKey(entity, source);
  if (key === null) return null;
  let id = cache.get(key) ?? sql.findActor.get(key)?.id;
  id ??= Number(sql.insertActor.run(key, entity.name, normaliseName(entity.name), entity.type, entity.kbId, entity.country).lastInsertRowid);
  cache.set(key, id);
  return id;
}

/** What removing an article left to do: actors that may be orphans, search keys to take out of the index. */
interface Forgotten {
  actors: number[];
  searchKeys: number[];
}

// Takes the article's share out of its actors' counters (overall and on its day) before its rows go.
function forget(sql: Statements, article: { id: number; day: string | null }): Forgotten {
  const old = sql.oldActors.all(article.id);
  const quoted = new Map(sql.oldQuoteActors.all(article.id).map((row) => [row.actor_id, row.n]));
  for (const { actor_id, mentions } of old) {
    sql.unmention.run(mentions, actor_id);
    if (article.day !== null) {
      sql.uncountDay.run(mentions, quoted.get(actor_id) ?? 0, article.day, actor_id);
      sql.dropDay.run(article.day, actor_id);
    }
  }
  for (const [actorId, n] of quoted) sql.unquote.run(n, actorId);
  for (const { actor_id, role, n } of sql.oldRoles.all(article.id)) {
    sql.uncountRole.run(n, actor_id, role, article.day ?? '');
    sql.dropRole.run(actor_id, role, article.day ?? '');
  }
  const genders = sql.oldGenders.all(article.id);
  for (const { gender, n } of genders) sql.countGender.run(gender, -n);
  if (genders.length > 0) sql.dropGenders.run();
  const searchKeys = sql.searchKeys.all(article.id);
  const pairs = sql.pairs.all(article.id);
  sql.deleteArticle.run(article.id);
  resum(sql, pairs);
  return { actors: old.map((row) => row.actor_id), searchKeys };
}

// The interactions between these pairs of actors summed again from their events (a few rows each, by index).
function resum(sql: Statements, pairs: ReadonlyArray<{ sid: number; tid: number; code: string }>): void {
  for (const { sid, tid, code } of pairs) {
    sql.dropPair.run(sid, tid, code);
    sql.sumPair.run(sid, tid, code, sid, tid, code);
  }
}

function insert(sql: Statements, cache: ActorCache, item: StoredArticle, hashOfText: string): number {
  const record: ArticleRecord = item.record;
  // The day is kept on quotes and events too, so a speaker's or a month's rows come from one index in date order.
  const day = dayOf(record.date);
  const articleId = Number(
    sql.insertArticle.run({
      key: item.key,
      hash: item.hash,
      ext_id: record.id,
      title: record.title ?? null,
      date: record.date ?? null,
      day,
      url: record.url ?? null,
      source: record.source ?? null,
      byline: item.byline ?? null,
      text: record.text,
      text_hash: hashOfText,
      messages: JSON.stringify(record.messages),
      stored_at: new Date().toISOString(),
      // An article is replaced whole, never edited: its counts are those of its record.
      quotes: record.quotes.length,
      events: record.events.length,
      extra: articleExtra(record),
    }).lastInsertRowid,
  );
  const actors = new Map<string, number>();
  // Each actor's share of this article: counted once per actor, however many of its entities name it.
  const counts = new Map<number, { mentions: number; quotes: number }>();
  for (const [ord, entity] of record.entities.entries()) {
    const id = actorId(sql, cache, entity, record.source);
    if (id !== null) {
      actors.set(entity.id, id);
      const count = counts.get(id) ?? { mentions: 0, quotes: 0 };
      count.mentions += entity.mentions.length;
      counts.set(id, count);
      // The role held on the article's day ('' for none), so an actor's roles are summed, not gathered.
      if (entity.role !== null && entity.role !== '') sql.countRole.run(id, entity.role, day ?? '');
    }
    const mentions = JSON.stringify(entity.mentions.map((m) => [m.start, m.end]));
    sql.insertEntity.run(articleId, ord, entity.id, id, entity.name, entity.type, entity.kbId, entity.role, entity.country, mentions, entityExtra(entity));
  }
  for (const quote of record.quotes) {
    const row = quoteRow(articleId, day, 'quote', quote, actors);
    const quoteId = Number(sql.insertQuote.run(row).lastInsertRowid);
    if (quoteId >= QUOTE_ID_SPAN) throw new Error(`Store: quote id ${quoteId} is past what the search index holds (${QUOTE_ID_SPAN})`);
    const count = typeof row['actor_id'] === 'number' ? counts.get(row['actor_id']) : undefined;
    if (count) count.quotes += 1;
  }
  for (const [id, count] of counts) {
    sql.count.run(count.mentions, count.quotes, id);
    if (day !== null) sql.countDay.run(day, id, count.mentions, count.quotes);
  }
  for (const [gender, n] of quotesByGender(record)) sql.countGender.run(gender, n);
  for (const attribution of record.attributions) sql.insertQuote.run(quoteRow(articleId, day, 'attribution', attribution, actors));
  for (const event of record.events) {
    sql.insertEvent.run(eventRow(articleId, day, event, actors));
  }
  if (record.events.length > 0) resum(sql, sql.pairs.all(articleId));
  return articleId;
}

// Actors no article names any more go, and the cache forgets them.
function dropOrphans(sql: Statements, cache: ActorCache, ids: readonly number[]): void {
  let dropped = false;
  for (const id of ids) dropped = sql.dropOrphan.run(id).changes > 0 || dropped;
  if (dropped) cache.clear();
}

/**
 * The search index's changes of a batch, made once at its end: FTS5 writes its pending terms to disk
 * at every savepoint once it has been written in a transaction, so writing it article by article
 * (a savepoint each) would cost a segment per article.
 */
class SearchChanges {
  /** Articles stored in this batch, whose quotes are to be indexed. */
  readonly articles = new Set<number>();
  /** Keys of quotes indexed before this batch whose article went. */
  readonly stale: number[] = [];
  /** Records an article that went: its quotes leave the index, unless they never reached it. */
  forget(articleId: number, keys: readonly number[]): void {
    if (!this.articles.delete(articleId)) this.stale.push(...keys);
  }
  /** Writes the changes; true when the index changed. */
  apply(sql: Statements): boolean {
    for (const key of this.stale) sql.unindexQuote.run(key);
    for (const id of this.articles) sql.indexQuotes.run(id);
    return this.stale.length > 0 || this.articles.size > 0;
  }
}

/** What storing one article did, for the batch to take in once its savepoint holds. */
interface PutOne {
  outcome: PutOutcome;
  forgotten?: { id: number; keys: number[] };
  stored?: number;
}

/** A function that stores a batch of articles in one transaction, each article in its own savepoint. */
export function createWriter(db: Database.Database): { put(items: readonly StoredArticle[]): PutOutcome[]; remove(key: string): boolean } {
  const sql = statements(db);
  const cache: ActorCache = new Map();
  const putOne = db.transaction((given: StoredArticle): PutOne => {
    const existing = sql.find.get(given.key);
    if (existing && existing.hash === given.hash) return { outcome: 'unchanged' };
    // Lone surrogates cannot be written as UTF-8: each becomes U+FFFD, one code unit for one, so offsets hold.
    const item = { ...given, record: wellFormed(given.record) };
    const hashOfText = textHash(item.record.text);
    const republished = !existing && sql.sameText.get(hashOfText) !== undefined;
    const previous = existing ? forget(sql, existing) : undefined;
    const stored = insert(sql, cache, item, hashOfText);
    if (previous) dropOrphans(sql, cache, previous.actors);
    const outcome: PutOutcome = existing ? 'replaced' : republished ? 'republished' : 'stored';
    return { outcome, stored, ...(existing && previous && { forgotten: { id: existing.id, keys: previous.searchKeys } }) };
  });
  // Another process's commits may have removed actors this cache knows: it is kept only while none came.
  let version: number | undefined;
  const checkCache = (): void => {
    const now = sql.dataVersion.get();
    if (now !== version) cache.clear();
    version = now;
  };
  const putAll = db.transaction((items: readonly StoredArticle[]): PutOutcome[] => {
    checkCache();
    const search = new SearchChanges();
    const outcomes = items.map((item): PutOutcome => {
      try {
        // Nested: a savepoint, so a failing article takes back only its own rows.
        const done = putOne(item);
        if (done.forgotten) search.forget(done.forgotten.id, done.forgotten.keys);
        if (done.stored !== undefined) search.articles.add(done.stored);
        return done.outcome;
      } catch (error) {
        // Rows written since the savepoint are gone: so may be actors the cache knows.
        cache.clear();
        if (isDatabaseFailure(error)) throw error;
        return { error: error instanceof Error ? error.message : String(error) };
      }
    });
    // The batch's segment merged into those before it, a few steps a batch (search-merge.ts).
    if (search.apply(sql)) mergeSearchIndex(db, BATCH_MERGE_STEPS);
    return outcomes;
  });
  const removeOne = db.transaction((key: string): boolean => {
    checkCache();
    const existing = sql.find.get(key);
    if (!existing) return false;
    const forgotten = forget(sql, existing);
    dropOrphans(sql, cache, forgotten.actors);
    for (const searchKey of forgotten.searchKeys) sql.unindexQuote.run(searchKey);
    return true;
  });
  const guarded =
    <A, R>(work: (arg: A) => R) =>
    (arg: A): R => {
      try {
        return work(arg);
      } catch (error) {
        cache.clear();
        throw error;
      }
    };
  // Immediate: the write lock is taken at BEGIN, so a second writer waits there (busy) instead of failing
  // when a read lock cannot be upgraded halfway through.
  return { put: guarded((items: readonly StoredArticle[]) => putAll.immediate(items)), remove: guarded((key: string) => removeOne.immediate(key)) };
}

const DATABASE_FAILURES = /^SQLITE_(READONLY|FULL|IOERR|CORRUPT|NOTADB|CANTOPEN|PERM|BUSY|LOCKED|NOMEM)/;

/** True for an error of the database as a whole rather than of one article's rows. */
export function isDatabaseFailure(error: unknown): boolean {
  return error instanceof Error && 'code' in error && DATABASE_FAILURES.test(String(error.code));
}
