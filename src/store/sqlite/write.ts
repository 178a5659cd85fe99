/** Writes articles and their records into SQLite: replace-by-key, actors merged across articles, counters kept. */
import type Database from 'better-sqlite3';
import type { ArticleRecord, EntityRecord, EventActor, QuoteRecord, AttributionRecord } from '../../doc/record.js';
import { actorKey, normaliseName } from '../actors.js';
import { dayOf } from '../identity.js';
import type { PutOutcome, StoredArticle } from '../store.js';

type Row = Record<string, unknown>;

/** The prepared statements of the writer, made once per connection. */
function statements(db: Database.Database) {
  return {
    find: db.prepare<[string], { id: number; hash: string }>('SELECT id, hash FROM articles WHERE key = ?'),
    oldActors: db.prepare<[number], { actor_id: number; mentions: number }>(
      'SELECT actor_id, json_array_length(mentions) AS mentions FROM entities WHERE article_id = ? AND actor_id IS NOT NULL',
    ),
    oldQuoteActors: db.prepare<[number], { actor_id: number; n: number }>(
      "SELECT actor_id, COUNT(*) AS n FROM quotes WHERE article_id = ? AND layer = 'quote' AND actor_id IS NOT NULL GROUP BY actor_id",
    ),
    unmention: db.prepare('UPDATE actors SET articles = articles - 1, mentions = mentions - ? WHERE id = ?'),
    unquote: db.prepare('UPDATE actors SET quotes = quotes - ? WHERE id = ?'),
    dropOrphan: db.prepare('DELETE FROM actors WHERE id = ? AND articles <= 0 AND NOT EXISTS (SELECT 1 FROM entities WHERE actor_id = actors.id)'),
    deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
    insertArticle: db.prepare(
      `INSERT INTO articles (key, hash, ext_id, title, date, day, url, source, byline, text, messages, stored_at)
       VALUES (@key, @hash, @ext_id, @title, @date, @day, @url, @source, @byline, @text, @messages, @stored_at)`,
    ),
    findActor: db.prepare<[string], { id: number }>('SELECT id FROM actors WHERE key = ?'),
    insertActor: db.prepare('INSERT INTO actors (key, name, name_norm, type, kb_id, country) VALUES (?, ?, ?, ?, ?, ?)'),
    count: db.prepare('UPDATE actors SET articles = articles + 1, mentions = mentions + ?, quotes = quotes + ? WHERE id = ?'),
    insertEntity: db.prepare(
      `INSERT INTO entities (article_id, ord, local_id, actor_id, name, type, kb_id, role, country, mentions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuote: db.prepare(
      `INSERT INTO quotes (article_id, layer, local_id, kind, start, end_, text, spans, cue_start, cue_end, cue_text,
         speaker_entity, speaker_name, speaker_start, speaker_end, speaker_text, actor_id, day)
       VALUES (@article_id, @layer, @local_id, @kind, @start, @end_, @text, @spans, @cue_start, @cue_end, @cue_text,
         @speaker_entity, @speaker_name, @speaker_start, @speaker_end, @speaker_text, @actor_id, @day)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (article_id, local_id, code, mode, negated, modality,
         source_entity, source_name, source_country, source_type, source_actor_id,
         target_entity, target_name, target_country, target_type, target_actor_id,
         trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, quote_id, day)
       VALUES (@article_id, @local_id, @code, @mode, @negated, @modality,
         @source_entity, @source_name, @source_country, @source_type, @source_actor_id,
         @target_entity, @target_name, @target_country, @target_type, @target_actor_id,
         @trigger_start, @trigger_end, @trigger_text, @sentence_start, @sentence_end, @quote_id, @day)`,
    ),
  };
}

type Statements = ReturnType<typeof statements>;

/** Actor ids by key, remembered across batches; forgotten whenever a write is taken back. */
type ActorCache = Map<string, number>;

function actorId(sql: Statements, cache: ActorCache, entity: EntityRecord): number | null {
  const key = actorKey(entity);
  if (key === null) return null;
  let id = cache.get(key) ?? sql.findActor.get(key)?.id;
  id ??= Number(sql.insertActor.run(key, entity.name, normaliseName(entity.name), entity.type, entity.kbId, entity.country).lastInsertRowid);
  cache.set(key, id);
  return id;
}

function quoteRow(articleId: number, day: string | null, layer: 'quote' | 'attribution', quote: QuoteRecord | AttributionRecord, actors: Map<string, number>): Row {
  const speaker = quote.speaker;
  return {
    article_id: articleId,
    day,
    layer,
    local_id: quote.id,
    kind: quote.kind,
    start: quote.start,
    end_: quote.end,
    text: quote.text,
    spans: JSON.stringify(quote.spans),
    cue_start: quote.cue?.start ?? null,
    cue_end: quote.cue?.end ?? null,
    cue_text: quote.cue?.text ?? null,
    speaker_entity: speaker?.entityId ?? null,
    speaker_name: speaker?.name ?? null,
    speaker_start: speaker?.mention?.start ?? null,
    speaker_end: speaker?.mention?.end ?? null,
    speaker_text: speaker?.mention?.text ?? null,
    actor_id: speaker?.entityId ? (actors.get(speaker.entityId) ?? null) : null,
  };
}

function side(prefix: 'source' | 'target', actor: EventActor, actors: Map<string, number>): Row {
  return {
    [`${prefix}_entity`]: actor.entityId,
    [`${prefix}_name`]: actor.name,
    [`${prefix}_country`]: actor.country,
    [`${prefix}_type`]: actor.type,
    [`${prefix}_actor_id`]: actor.entityId === null ? null : (actors.get(actor.entityId) ?? null),
  };
}

// Takes the article's share out of its actors' counters before its rows go.
function forget(sql: Statements, articleId: number): number[] {
  const old = sql.oldActors.all(articleId);
  for (const { actor_id, mentions } of old) sql.unmention.run(mentions, actor_id);
  for (const { actor_id, n } of sql.oldQuoteActors.all(articleId)) sql.unquote.run(n, actor_id);
  sql.deleteArticle.run(articleId);
  return old.map((row) => row.actor_id);
}

function insert(sql: Statements, cache: ActorCache, item: StoredArticle): void {
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
      messages: JSON.stringify(record.messages),
      stored_at: new Date().toISOString(),
    }).lastInsertRowid,
  );
  const actors = new Map<string, number>();
  // Each actor's share of this article: counted once per actor, however many of its entities name it.
  const counts = new Map<number, { mentions: number; quotes: number }>();
  for (const [ord, entity] of record.entities.entries()) {
    const id = actorId(sql, cache, entity);
    if (id !== null) {
      actors.set(entity.id, id);
      const count = counts.get(id) ?? { mentions: 0, quotes: 0 };
      count.mentions += entity.mentions.length;
      counts.set(id, count);
    }
    const mentions = JSON.stringify(entity.mentions.map((m) => [m.start, m.end]));
    sql.insertEntity.run(articleId, ord, entity.id, id, entity.name, entity.type, entity.kbId, entity.role, entity.country, mentions);
  }
  for (const quote of record.quotes) {
    const row = quoteRow(articleId, day, 'quote', quote, actors);
    sql.insertQuote.run(row);
    const count = typeof row['actor_id'] === 'number' ? counts.get(row['actor_id']) : undefined;
    if (count) count.quotes += 1;
  }
  for (const [id, count] of counts) sql.count.run(count.mentions, count.quotes, id);
  for (const attribution of record.attributions) sql.insertQuote.run(quoteRow(articleId, day, 'attribution', attribution, actors));
  for (const event of record.events) {
    sql.insertEvent.run({
      article_id: articleId,
      day,
      local_id: event.id,
      code: event.code,
      mode: event.mode,
      negated: event.negated ? 1 : 0,
      modality: event.modality,
      ...side('source', event.source, actors),
      ...side('target', event.target, actors),
      trigger_start: event.trigger.start,
      trigger_end: event.trigger.end,
      trigger_text: event.trigger.text,
      sentence_start: event.sentence.start,
      sentence_end: event.sentence.end,
      quote_id: event.quoteId,
    });
  }
}

// Actors no article names any more go, and the cache forgets them.
function dropOrphans(sql: Statements, cache: ActorCache, ids: readonly number[]): void {
  let dropped = false;
  for (const id of ids) dropped = sql.dropOrphan.run(id).changes > 0 || dropped;
  if (dropped) cache.clear();
}

/** A function that stores a batch of articles in one transaction, each article in its own savepoint. */
export function createWriter(db: Database.Database): { put(items: readonly StoredArticle[]): PutOutcome[]; remove(key: string): boolean } {
  const sql = statements(db);
  const cache: ActorCache = new Map();
  const putOne = db.transaction((item: StoredArticle): PutOutcome => {
    const existing = sql.find.get(item.key);
    if (existing && existing.hash === item.hash) return 'unchanged';
    const previous = existing ? forget(sql, existing.id) : [];
    insert(sql, cache, item);
    dropOrphans(sql, cache, previous);
    return existing ? 'replaced' : 'stored';
  });
  const putAll = db.transaction((items: readonly StoredArticle[]): PutOutcome[] =>
    items.map((item) => {
      try {
        // Nested: a savepoint, so a failing article takes back only its own rows.
        return putOne(item);
      } catch (error) {
        // Rows written since the savepoint are gone: so may be actors the cache knows.
        cache.clear();
        if (isDatabaseFailure(error)) throw error;
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const removeOne = db.transaction((key: string): boolean => {
    const existing = sql.find.get(key);
    if (!existing) return false;
    dropOrphans(sql, cache, forget(sql, existing.id));
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
  return { put: guarded(putAll), remove: guarded(removeOne) };
}

const DATABASE_FAILURES = /^SQLITE_(READONLY|FULL|IOERR|CORRUPT|NOTADB|CANTOPEN|PERM|BUSY|LOCKED|NOMEM)/;

/** True for an error of the database as a whole rather than of one article's rows. */
export function isDatabaseFailure(error: unknown): boolean {
  return error instanceof Error && 'code' in error && DATABASE_FAILURES.test(String(error.code));
}
