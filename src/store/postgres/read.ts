/**
 * Reads from PostgreSQL: the same answers as SQLite's readers, from the same filters (sql/where.ts)
 * and row mappers (sql/rows.ts). Lists are read in their order from indexes (day, article, place),
 * their page's rows only joined in full.
 */
import { actorMatch, EXACT_ACTORS_SQL, PARTIAL_ACTORS_SQL } from '../sql/actor-match.js';
import { actorColumns, actorHit, actorRef, ARTICLE_COLUMNS, articleRecord, articleRef, eventRecord, num, quoteRecord, recordColumns, type Row } from '../sql/rows.js';
import { common, pageSize, placeholders, Where } from '../sql/where.js';
import { paging, readAhead, type Page } from './paging.js';
import type { ArticleRecord } from '../../doc/record.js';
import type { ActorHit, EntityFilter, EventFilter, EventHit, FlagFilter, QuoteFilter, QuoteHit } from '../store.js';
import type { Queryable } from './db.js';
import { tsQuery } from './search.js';
import { EVENT_ORDER, pageAfterAsync, QUOTE_ORDER, withCondition } from '../sql/keyset.js';
import { pgKeyset } from './keyset.js';
import { findScopedActors } from './scoped-actors.js';
import { actorList, type ActorIds } from './actor-ids.js';

/** The source compared without regard to case, as SQLite's NOCASE column compares it. */
export const PG_SOURCE_IS = 'lower(a.source) = lower(?)';

// The columns a hit's record is read from: not a quote's search vector (the index's alone; as text, longer
// than the quote, for the server to write out and the driver to read) nor the ids and days kept for
// the indexes.
const QUOTE_HIT_COLUMNS = recordColumns('quotes', 'q');
const EVENT_HIT_COLUMNS = recordColumns('events', 'e');

/** The ids of the actors a user's words name; empty when none does. */
export async function resolveActors(db: Queryable, term: string): Promise<number[]> {
  const match = actorMatch(term);
  const exact = (await db.query(EXACT_ACTORS_SQL, [match.term, match.term, match.name])).map((row) => num(row['id']));
  if (exact.length > 0 || match.name === '') return exact;
  return (await db.query(PARTIAL_ACTORS_SQL, match.patterns)).map((row) => num(row['id']));
}

/** Speakers of a name whose first pages are read one by one and merged; more are read as one condition. */
const PER_SPEAKER = 16;

// The ids of a page of the quotes of `speakers` matching `where`: each speaker's first rows (the page
// and its offset) from quotes_actor in the list's order, merged: a sort of at most that many a speaker.
// `speakers`: their ids, or the statement that finds them.
function firstOfEach(speakers: readonly number[] | { sql: string; params: unknown[] }, where: Where, order: string, page: Page): { sql: string; params: unknown[] } {
  const list = 'sql' in speakers ? speakers : { sql: 'SELECT unnest(?::bigint[])', params: [[...speakers]] };
  const each = withCondition(where, { sql: 'q.actor_id = s.actor_id', params: [] });
  const cap = readAhead(page);
  return {
    sql: `SELECT q.id FROM (${list.sql}) AS s(actor_id)
     CROSS JOIN LATERAL (SELECT q.id, q.day, q.article_id, q.start FROM quotes q ${String(each)} ORDER BY ${order} ${cap.sql}) q
     ORDER BY ${order} ${page.sql}`,
    params: [...list.params, ...each.params, ...cap.params, ...page.params],
  };
}

/** The quotes' order (a quote's day and article are its article's). */
const QUOTES_IN_ORDER = 'q.day DESC NULLS LAST, q.article_id DESC, q.start, q.id';

/**
 * Quotes matching the filter, newest article first; after a row (`after`) by index, however deep.
 * `speakerIds`: the actors the speaker's words name, when the caller has resolved them already (or the
 * one actor of a key, found in the same statement).
 */
export async function findQuotes(db: Queryable, given: QuoteFilter, speakerIds?: ActorIds): Promise<QuoteHit[]> {
  const k = await pgKeyset(db, 'quotes', given.after);
  const filter: QuoteFilter = k === null ? given : { ...given, offset: 0 };
  // One source's quotes alone: its articles newest first from articles_source_day, each one's quotes by
  // quotes_article, until the page is full (a quote's day and article are its article's: the same order).
  // Ordered by the quotes' own columns, every quote of the days was read and joined to the source
  // (quotes of a source in a month: 69 ms on the 1,000,000-article bench store, 100,609 quotes read);
  // and the days are the article's alone: given on the quotes' copy too, the planner read every quote
  // of the days from quotes_page and joined them to the source's articles (a month of one source on
  // the 100,000-article bench store: 10,299 quotes read, 13.4 ms; 0.2 ms from its articles).
  const bySource = filter.source !== undefined && filter.speaker === undefined && filter.search === undefined;
  const where = new Where();
  where.add("q.layer = 'quote'");
  common(where, filter, bySource ? 'a' : 'q', PG_SOURCE_IS);
  if (filter.kind !== undefined) where.add('q.kind = ?', filter.kind);
  const page = paging(filter);
  const from = filter.source === undefined ? 'quotes q' : bySource ? 'articles a JOIN quotes q ON q.article_id = a.id' : 'quotes q JOIN articles a ON a.id = q.article_id';
  const order = bySource ? 'a.day DESC NULLS LAST, a.id DESC, q.start, q.id' : 'q.day DESC NULLS LAST, q.article_id DESC, q.start, q.id';
  const read = (chosen: { sql: string; params: unknown[] }): Promise<Row[]> =>
    db.query(
      `SELECT ${QUOTE_HIT_COLUMNS}, ${ARTICLE_COLUMNS}, ${actorColumns('ac', 'ac_')} FROM (${chosen.sql}) p JOIN quotes q ON q.id = p.id
       JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.actor_id ORDER BY ${QUOTES_IN_ORDER}`,
      chosen.params,
    );
  const hits = (rows: readonly Row[]): QuoteHit[] => rows.map((row) => ({ article: articleRef(row), quote: quoteRecord(row) as QuoteHit['quote'], actor: actorRef(row, 'ac_') }));
  // A speaker's name alone: the actors it names exactly found in the same statement as their quotes
  // (resolved first, it was two turns in the queue of a loaded server). Nothing found: as below, where
  // the name may match in part.
  if (filter.speaker !== undefined && speakerIds === undefined && filter.search === undefined && filter.source === undefined && k === null) {
    const match = actorMatch(filter.speaker);
    const found = await read(firstOfEach({ sql: EXACT_ACTORS_SQL, params: [match.term, match.term, match.name] }, where, order, page));
    if (found.length > 0) return hits(found);
  }
  const speakers = filter.speaker === undefined ? [] : (speakerIds ?? (await resolveActors(db, filter.speaker)));
  const list = actorList(speakers);
  if (filter.speaker !== undefined && list.count === 0) return [];
  // A name of several speakers (one per source): each one's first page from quotes_actor, then merged:
  // as one condition the planner read every quote of the name and sorted them (a name of 10 actors on
  // the 100,000-article bench store: 1,710 quotes read, 324 buffers, 1.06 ms; 200 read, 93, 0.34 ms).
  const several = 'key' in speakers || speakers.length <= 1 || speakers.length > PER_SPEAKER || filter.search !== undefined || filter.source !== undefined ? null : speakers;
  if (list.count > 0 && several === null) where.add(list.is('q.actor_id'), ...list.params);
  if (filter.search !== undefined) {
    const query = tsQuery(filter.search);
    if (query === null) return [];
    where.add(`q.search @@ (${query.sql})`, ...query.params);
  }
  // The page's ids chosen first, then only their rows joined in full, in the same statement (as two,
  // each was a turn in the queue of a loaded server).
  const rows = await pageAfterAsync(QUOTE_ORDER, k, pageSize(filter), (condition) => {
    const w = withCondition(where, condition);
    return read(several !== null ? firstOfEach(several, w, order, page) : { sql: `SELECT q.id FROM ${from} ${String(w)} ORDER BY ${order} ${page.sql}`, params: [...w.params, ...page.params] });
  });
  return hits(rows);
}

/** Actors matching the filter, most written-about first; within days or a source, summed from their articles. */
export async function findActors(db: Queryable, filter: EntityFilter): Promise<ActorHit[]> {
  const where = new Where();
  if (filter.type !== undefined) where.add('ac.type = ?', filter.type);
  if (filter.actor !== undefined) {
    const ids = await resolveActors(db, filter.actor);
    if (ids.length === 0) return [];
    where.add(`ac.id IN (${placeholders(ids)})`, ...ids);
  }
  const page = paging(filter);
  const scoped = filter.from !== undefined || filter.to !== undefined || filter.source !== undefined;
  if (!scoped) {
    where.add('ac.articles > 0');
    // After an actor still named: the actors after its place in actors_page (a range of the index).
    const [place] = filter.after === undefined ? [] : await db.query('SELECT id, articles FROM actors WHERE key = ? AND articles > 0', [filter.after.article]);
    if (place !== undefined) where.add('(ac.articles < ? OR (ac.articles = ? AND ac.id > ?))', place['articles'], place['articles'], place['id']);
    const paged = place === undefined ? page : paging({ ...filter, offset: 0 });
    const sql = `SELECT ${actorColumns('ac', 'ac_')}, ac.articles AS n_articles, ac.mentions AS n_mentions, ac.quotes AS n_quotes
      FROM actors ac ${String(where)} ORDER BY ac.articles DESC, ac.id ${paged.sql}`;
    return (await db.query(sql, [...where.params, ...paged.params])).map(actorHit);
  }
  return findScopedActors(db, filter, where);
}

/** Adds the filters on negation and modality of the events `e`. */
export function flags(where: Where, filter: FlagFilter): void {
  if (filter.negated !== undefined) where.add('e.negated = ?', filter.negated ? 1 : 0);
  if (filter.modality !== undefined) where.add('e.modality = ANY(?)', [...filter.modality]);
  // As in SQLite: an event stored without the flag is unknown, kept with the political ones.
  if (filter.political !== undefined) where.add(filter.political ? "(e.extra IS NULL OR (e.extra::jsonb ->> 'political') IS DISTINCT FROM 'false')" : "(e.extra::jsonb ->> 'political') = 'false'");
}

// Adds the filters naming each side of an event; false when a side names no actor (then nothing matches).
async function sides(db: Queryable, where: Where, filter: EventFilter): Promise<boolean> {
  const named = async (term: string | undefined): Promise<number[] | undefined> => (term === undefined ? undefined : resolveActors(db, term));
  const source = await named(filter.sourceActor);
  const target = await named(filter.targetActor);
  const pair = filter.between === undefined ? undefined : await Promise.all(filter.between.map((term) => resolveActors(db, term)));
  if (source?.length === 0 || target?.length === 0 || pair?.some((ids) => ids.length === 0) === true) return false;
  if (source !== undefined) where.add('e.source_actor_id = ANY(?)', source);
  if (target !== undefined) where.add('e.target_actor_id = ANY(?)', target);
  if (pair !== undefined) {
    const [a, b] = pair;
    where.add('((e.source_actor_id = ANY(?) AND e.target_actor_id = ANY(?)) OR (e.source_actor_id = ANY(?) AND e.target_actor_id = ANY(?)))', a, b, b, a);
  }
  return true;
}

const EVENTS_IN_ORDER = 'ORDER BY e.day DESC NULLS LAST, e.article_id DESC, e.trigger_start, e.id';

// A page of the events at either end of which stands one of `actors`: each end read from its own index
// (events_source_page, events_target_page: migration 7), at most a page and its offset each, then merged. As one
// condition joined by OR, the planner walked every event in date order for an actor with few or none
// (216 ms on the 1,000,000-article bench store; an actor's page 5.5 s p99 at 50 clients).
function ofActors(where: Where, join: string, actors: ActorIds, page: Page): { sql: string; params: unknown[] } {
  // One actor (the usual case) by `=`, so that the index gives the page in order.
  const one = actorList(actors);
  const end = (column: string): Where =>
    withCondition(where, one.count === 1 ? { sql: one.is(`e.${column}`), params: one.params } : { sql: `e.${column} IS NOT NULL AND e.${column} = ANY(?)`, params: [one.params] });
  const [source, target] = [end('source_actor_id'), end('target_actor_id')];
  const cap = readAhead(page);
  const branch = (w: Where): string => `(SELECT e.id, e.day, e.article_id, e.trigger_start FROM events e ${join} ${String(w)} ${EVENTS_IN_ORDER} ${cap.sql})`;
  return { sql: `SELECT e.id FROM (${branch(source)} UNION ${branch(target)}) e ${EVENTS_IN_ORDER} ${page.sql}`, params: [...source.params, ...cap.params, ...target.params, ...cap.params, ...page.params] };
}

/**
 * Events matching the filter, newest article first; after a row (`after`) by index, however deep.
 * `actorIds`: the actors `actor` names, when the caller has resolved them already (or the one actor of
 * a key, found in the same statement).
 */
export async function findEvents(db: Queryable, given: EventFilter, actorIds?: ActorIds): Promise<EventHit[]> {
  const k = await pgKeyset(db, 'events', given.after);
  const filter: EventFilter = k === null ? given : { ...given, offset: 0 };
  const where = new Where();
  common(where, filter, 'e', PG_SOURCE_IS);
  if (filter.code !== undefined) where.add('upper(e.code) = upper(?)', filter.code);
  flags(where, filter);
  if (!(await sides(db, where, filter))) return [];
  const actors = filter.actor === undefined ? undefined : (actorIds ?? (await resolveActors(db, filter.actor)));
  if (actors !== undefined && actorList(actors).count === 0) return [];
  const page = paging(filter);
  const join = filter.source === undefined ? '' : 'JOIN articles a ON a.id = e.article_id';
  // The page's ids chosen first, then only their rows joined in full, in the same statement.
  const rows = await pageAfterAsync(EVENT_ORDER, k, pageSize(filter), (condition) => {
    const w = withCondition(where, condition);
    const chosen = actors === undefined ? { sql: `SELECT e.id FROM events e ${join} ${String(w)} ${EVENTS_IN_ORDER} ${page.sql}`, params: [...w.params, ...page.params] } : ofActors(w, join, actors, page);
    return db.query(
      `SELECT ${EVENT_HIT_COLUMNS}, ${ARTICLE_COLUMNS}, ${actorColumns('s', 's_')}, ${actorColumns('t', 't_')}
       FROM (${chosen.sql}) p JOIN events e ON e.id = p.id JOIN articles a ON a.id = e.article_id
       LEFT JOIN actors s ON s.id = e.source_actor_id LEFT JOIN actors t ON t.id = e.target_actor_id ${EVENTS_IN_ORDER}`,
      chosen.params,
    );
  });
  return rows.map((row) => ({ article: articleRef(row), event: eventRecord(row), sourceActor: actorRef(row, 's_'), targetActor: actorRef(row, 't_') }));
}

/** The records of these articles' rows, in the rows' order. */
export async function recordsOf(db: Queryable, articles: readonly Row[]): Promise<Array<ArticleRecord & { byline?: string }>> {
  if (articles.length === 0) return [];
  const ids = articles.map((row) => num(row['id']));
  const group = (rows: Row[]): Map<number, Row[]> => {
    const by = new Map<number, Row[]>();
    for (const row of rows) {
      const id = num(row['article_id']);
      const list = by.get(id) ?? [];
      list.push(row);
      by.set(id, list);
    }
    return by;
  };
  // The three tables' rows in one statement, each as a JSON array in its order (three statements were
  // three turns in the queue of a loaded server); the row mappers read JSON's values as the driver's.
  // A quote's search vector is the index's alone.
  const [lists = {}] = await db.query(
    `SELECT (SELECT COALESCE(json_agg(en ORDER BY en.article_id, en.ord), '[]') FROM entities en WHERE en.article_id = ANY(?)) AS entities,
       (SELECT COALESCE(jsonb_agg(to_jsonb(q) - 'search' ORDER BY q.article_id, q.id), '[]') FROM quotes q WHERE q.article_id = ANY(?)) AS quotes,
       (SELECT COALESCE(json_agg(e ORDER BY e.article_id, e.id), '[]') FROM events e WHERE e.article_id = ANY(?)) AS events`,
    [ids, ids, ids],
  );
  const listOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
  const entities = group(listOf(lists['entities']));
  const quotes = group(listOf(lists['quotes']));
  const events = group(listOf(lists['events']));
  return articles.map((row) => {
    const id = num(row['id']);
    return articleRecord(row, entities.get(id) ?? [], quotes.get(id) ?? [], events.get(id) ?? []);
  });
}
