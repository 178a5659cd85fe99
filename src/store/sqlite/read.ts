/** Reads from SQLite: filtered quotes, actors and events, and whole records for export. */
import type Database from 'better-sqlite3';
import { limitSql, prepare, rowOf, rowsOf } from './statements.js';
import type { ArticleRecord } from '../../doc/record.js';
import { dayIndex, isCalendarDay, QUOTE_ID_SPAN } from './search-key.js';
import type { ActorRef, FlagFilter, ActorHit, CommonFilter, EntityFilter, EventFilter, EventHit, QuoteFilter, QuoteHit, StoredArticle } from '../store.js';
import { actorMatch, EXACT_ACTORS_SQL, PARTIAL_ACTORS_SQL } from '../sql/actor-match.js';
import { actorColumns, actorHit, articleRecord, num, storedEntries, strOrNull, type Row } from '../sql/rows.js';
import { searchTerms } from '../sql/search-terms.js';
import { common, offset, pageSize, Where } from '../sql/where.js';
import { afterCondition, EVENT_ORDER as EVENT_KEYS, pageAfter, QUOTE_ORDER, withCondition, type Keyset } from '../sql/keyset.js';
import { sqliteKeyset } from './keyset.js';
import { findScopedActors } from './scoped-actors.js';
import { eventHits, quoteHits } from './hit-rows.js';

/** Rows to return, checked; SQLite reads a negative limit as none. */
export function limit(filter: CommonFilter): number {
  return pageSize(filter) ?? -1;
}

/** The ids of the actors a user's words name (sql/actor-match.ts); empty when none does. */
export function resolveActors(db: Database.Database, term: string): number[] {
  const match = actorMatch(term);
  const found = prepare(db, EXACT_ACTORS_SQL).pluck().all(match.term, match.term, match.name) as number[];
  if (found.length > 0 || match.name === '') return found;
  return prepare(db, PARTIAL_ACTORS_SQL).pluck().all(...match.patterns) as number[];
}

/** A user's search words as an FTS5 query: every word must occur; "phrases" and prefix* are kept. */
export function ftsQuery(search: string): string {
  return searchTerms(search)
    .map((term) => `"${term.text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`)
    .join(' ');
}

// The answer's order: newest day first (no day last), then newest article, then by place in the text.
function byQuoteOrder(a: Row, b: Row): number {
  const dayA = strOrNull(a['day']);
  const dayB = strOrNull(b['day']);
  if (dayA !== dayB) return dayA === null ? 1 : dayB === null ? -1 : dayA < dayB ? 1 : -1;
  return num(b['article_id']) - num(a['article_id']) || num(a['start']) - num(b['start']) || num(a['id']) - num(b['id']);
}

// What places a quote in the answer's order: enough to choose a page before reading its rows.
const KEY_COLUMNS = 'q.id AS id, q.day AS day, q.article_id AS article_id, q.start AS start';

/**
 * Matches read past a full page of a search: enough to pass the page's last article when its matches
 * are the next in the index (its quotes, written together, have ids in a row), without reading a
 * common word's whole day (about 23 matches a day for "people" on the bench store; 64 read ahead cost
 * a one-word search ~130 µs of CPU, most of it joining each match to its quote).
 */
const READ_AHEAD = 8;

// The lowest id of an article's quotes: its matches' keys are its day's start plus an id from this one up.
function firstQuoteId(db: Database.Database, articleId: number): number {
  return num(prepare(db, "SELECT MIN(id) FROM quotes WHERE article_id = ? AND layer = 'quote'").pluck().get(articleId));
}

/**
 * A search without a speaker: the index is read newest key first (search-key.ts), each match checked
 * against the other filters, until the page is full. Key order is the answer's order but for the
 * quotes within one article (last first), so the page's last article is read again in full. Gives
 * the matches' keys (KEY_COLUMNS) in the answer's order.
 */
function searchQuotes(db: Database.Database, where: Where, filter: QuoteFilter, query: string): Row[] {
  const keys = new Where();
  keys.add('f.quote_search MATCH ?', query);
  const from = filter.from?.slice(0, 10);
  const to = filter.to?.slice(0, 10);
  if (from !== undefined && isCalendarDay(from)) keys.add('f.rowid >= ?', dayIndex(from) * QUOTE_ID_SPAN);
  if (to !== undefined && isCalendarDay(to)) keys.add('f.rowid < ?', (dayIndex(to) + 1) * QUOTE_ID_SPAN);
  // CROSS JOINs keep the index the outer loop, so its order serves ORDER BY and the LIMIT stops the scan.
  const article = filter.source === undefined ? [] : ['a.id = q.article_id'];
  const sql = (extra: string, rows: number): string => `SELECT f.rowid AS search_key, ${KEY_COLUMNS}
    FROM quote_search f CROSS JOIN quotes q ${article.length === 0 ? '' : 'CROSS JOIN articles a'}
    WHERE ${[...keys.parts, `q.id = f.rowid % ${QUOTE_ID_SPAN}`, ...article, ...where.parts].join(' AND ')} ${extra}
    ORDER BY f.rowid DESC ${limitSql(rows)}`;
  const size = limit(filter);
  const read = rowsOf(db, sql('', size < 0 ? -1 : size + READ_AHEAD), ...keys.params, ...where.params);
  const rows = size < 0 ? read : read.slice(0, size);
  const last = rows.at(-1);
  if (size < 0 || rows.length < size || last === undefined) return rows.sort(byQuoteOrder);
  const lastKey = num(last['search_key']);
  const lastArticle = num(last['article_id']);
  const firstKey = lastKey - (lastKey % QUOTE_ID_SPAN) + firstQuoteId(db, lastArticle);
  const kept = rows.filter((row) => num(row['article_id']) !== lastArticle);
  // The rest of the last article's matches have keys from firstKey to its last key read: among the
  // matches read ahead when those ran out or passed firstKey; else read now (a key range of the index).
  const ahead = read.slice(size);
  const seen = ahead.length < READ_AHEAD || num(ahead.at(-1)?.['search_key']) < firstKey;
  const rest = seen
    ? ahead.filter((row) => num(row['article_id']) === lastArticle)
    : rowsOf(db, sql('AND q.article_id = ? AND f.rowid >= ? AND f.rowid < ?', -1), ...keys.params, ...where.params, lastArticle, firstKey, lastKey);
  const lastRows = [...rows.filter((row) => num(row['article_id']) === lastArticle), ...rest].sort(byQuoteOrder);
  return [...kept, ...lastRows.slice(0, size - kept.length)].sort(byQuoteOrder);
}

/** The actors a caller has resolved already: their ids, and the one actor's ref when they are one. */
export interface KnownActors {
  ids: readonly number[];
  actor?: ActorRef;
}

/**
 * Quotes matching the filter, newest article first; after a row (`after`) by index, however deep.
 * `known`: the actors the speaker's words name, when the caller has resolved them already.
 */
export function findQuotes(db: Database.Database, given: QuoteFilter, known?: KnownActors): QuoteHit[] {
  const k = sqliteKeyset(db, 'quotes', given.after);
  const filter: QuoteFilter = k === null ? given : { ...given, offset: 0 };
  const where = new Where();
  where.add("q.layer = 'quote'");
  common(where, filter, 'q');
  if (filter.kind !== undefined) where.add('q.kind = ?', filter.kind);
  const speakers = filter.speaker === undefined ? undefined : (known?.ids ?? resolveActors(db, filter.speaker));
  if (speakers?.length === 0) return [];
  const query = filter.search === undefined ? undefined : ftsQuery(filter.search);
  if (query === '') return [];
  // Every path chooses the page by the quotes' keys alone; only the page's rows are read in full.
  // Paths that merge or re-sort read the keys of a longer first page and keep its tail.
  const skip = offset(filter);
  const size = limit(filter);
  const page: QuoteFilter = size < 0 || skip === 0 ? filter : { ...filter, limit: size + skip };
  const source = filter.source !== undefined;
  // Paths that walk an index in the list's order start at the row after k; the others filter on it.
  const walk = (w: Where, how: Parameters<typeof ordered>[3]): Row[] => pageAfter(QUOTE_ORDER, k, size < 0 ? null : size, (condition) => ordered(db, withCondition(w, condition), filter, how));
  const after = k === null ? null : afterCondition(QUOTE_ORDER, k);
  let keys: Row[];
  if (speakers === undefined) {
    // The search index is keyed by day first (search-key.ts): the rows after a dated k are on its day or before.
    if (query !== undefined) keys = searchQuotes(db, withCondition(where, after), k?.day == null || (page.to !== undefined && page.to < k.day) ? page : { ...page, to: k.day }, query).slice(skip);
    // One source's quotes: its articles newest first by the index (source, day), each article's quotes
    // read in turn until the page is full, rather than all of the source's quotes sorted.
    else if (source) keys = walk(where, { order: BY_ARTICLE, source });
    // All quotes, or a day range or a kind: a range of quotes_page, which holds what they filter on.
    else keys = walk(where, { from: 'quotes q INDEXED BY quotes_page' });
  } else {
    // A speaker's quotes are few: walk them by index, keeping those in the (materialised) set of matches.
    if (query !== undefined) where.add(`q.id IN (SELECT rowid % ${QUOTE_ID_SPAN} FROM quote_search WHERE quote_search MATCH ?)`, query);
    const quoted = speakers.length === 1 || query !== undefined ? 0 : speakerQuotes(db, speakers);
    if (quoted <= FEW_QUOTES) {
      where.add(`q.actor_id IN (${speakers.map(() => '?').join(',')})`, ...speakers);
      keys = walk(where, { source });
    } else if (speakers.length > PER_SPEAKER) {
      // Many speakers with many quotes (a common first name): the newest quotes of all come soon in date order.
      where.add(`+q.actor_id IN (${speakers.map(() => '?').join(',')})`, ...speakers);
      keys = walk(where, { from: 'quotes q INDEXED BY quotes_page', source });
    } else {
      // Several speakers (a surname): each one's first page by index, merged, rather than all their quotes sorted.
      const each = withCondition(where, after);
      each.add('q.actor_id = ?');
      const wanted = limit(page);
      const sql = `SELECT ${KEY_COLUMNS} FROM quotes q ${source ? 'JOIN articles a ON a.id = q.article_id' : ''}
        ${String(each)} ORDER BY ${BY_QUOTE} ${limitSql(wanted)}`;
      const firsts = speakers.flatMap((id) => rowsOf(db, sql, ...each.params, id)).sort(byQuoteOrder);
      keys = (wanted >= 0 ? firsts.slice(0, wanted) : firsts).slice(skip);
    }
  }
  return quoteHits(db, keys, speakers?.length === 1 ? known?.actor : undefined);
}

/** Quotes of several speakers that are sorted at once; more are read speaker by speaker or in date order. */
const FEW_QUOTES = 2000;
/** Speakers with many quotes read one by one; more are read in date order. */
const PER_SPEAKER = 16;

// The quotes of these actors, from their stored counters.
function speakerQuotes(db: Database.Database, ids: readonly number[]): number {
  return Number(prepare(db, `SELECT SUM(quotes) FROM actors WHERE id IN (${ids.map(() => '?').join(',')})`).pluck().get(...ids) ?? 0);
}

// The answer's order, by the quote's copies of its article's day and id (quotes_page's order), or by
// the article's own; equal places (never in stored records) by id, as quotes_page holds them.
const BY_QUOTE = 'q.day DESC, q.article_id DESC, q.start, q.id';
const BY_ARTICLE = 'a.day DESC, a.id DESC, q.start, q.id';

// The keys of a page of quotes in the answer's order; `source` when the filters name the article's columns.
function ordered(db: Database.Database, where: Where, filter: CommonFilter, how: { from?: string; order?: string; source?: boolean }): Row[] {
  const sql = `SELECT ${KEY_COLUMNS} FROM ${how.from ?? 'quotes q'} ${how.source === true ? 'JOIN articles a ON a.id = q.article_id' : ''}
    ${String(where)} ORDER BY ${how.order ?? BY_QUOTE} ${limitSql(limit(filter))} OFFSET ?`;
  return rowsOf(db, sql, ...where.params, offset(filter));
}

/** Actors matching the filter, most written-about first. Without date or source filters, the stored counters answer. */
export function findActors(db: Database.Database, filter: EntityFilter): ActorHit[] {
  const where = new Where();
  if (filter.type !== undefined) where.add('ac.type = ?', filter.type);
  if (filter.actor !== undefined) {
    const ids = resolveActors(db, filter.actor);
    if (ids.length === 0) return [];
    where.add(`ac.id IN (${ids.map(() => '?').join(',')})`, ...ids);
  }
  const scoped = filter.from !== undefined || filter.to !== undefined || filter.source !== undefined;
  if (!scoped) {
    where.add('ac.articles > 0');
    // After an actor still named: the actors after its place in actors_page (a range of the index).
    const place = filter.after === undefined ? undefined : rowOf(db, 'SELECT id, articles FROM actors WHERE key = ? AND articles > 0', filter.after.article);
    if (place !== undefined) where.add('(ac.articles < ? OR (ac.articles = ? AND ac.id > ?))', place['articles'], place['articles'], place['id']);
    // The page's ids from actors_page (in this order, with the type), then only its actors' rows.
    const sql = `SELECT ${actorColumns('ac', 'ac_')}, ac.articles AS n_articles, ac.mentions AS n_mentions, ac.quotes AS n_quotes
      FROM (SELECT ac.id FROM actors ac ${String(where)} ORDER BY ac.articles DESC, ac.id ${limitSql(limit(filter))} OFFSET ?) p
      CROSS JOIN actors ac ON ac.id = p.id ORDER BY ac.articles DESC, ac.id`;
    return rowsOf(db, sql, ...where.params, place === undefined ? offset(filter) : 0).map(actorHit);
  }
  return findScopedActors(db, filter, where);
}

// events_page's order; events at one trigger (one verb, two targets) by id.
const EVENT_ORDER = 'ORDER BY e.day DESC, e.article_id DESC, e.trigger_start, e.id';

/** Adds the filters on negation and modality of events aliased `alias`. */
export function flags(where: Where, filter: FlagFilter, alias = 'e'): void {
  if (filter.negated !== undefined) where.add(`${alias}.negated = ?`, filter.negated ? 1 : 0);
  if (filter.modality !== undefined) where.add(`${alias}.modality IN (SELECT value FROM json_each(?))`, JSON.stringify(filter.modality));
  // An event stored before the flag existed is unknown: kept with the political ones, never silently dropped.
  if (filter.political !== undefined) {
    const political = `json_extract(${alias}.extra, '$.political')`;
    where.add(filter.political ? `(${political} IS NULL OR ${political} = 1)` : `${political} = 0`);
  }
}

// The ids of a named actor as an SQL list, or null when no actor has that name.
function idList(db: Database.Database, term: string): string | null {
  const ids = resolveActors(db, term);
  return ids.length === 0 ? null : ids.map(Number).join(',');
}

/** Adds the filters naming both sides of an event; false when a side names no actor (then nothing matches). */
function sides(db: Database.Database, where: Where, filter: EventFilter): boolean {
  const named = (term: string | undefined): string | null | undefined => (term === undefined ? undefined : idList(db, term));
  const [source, target] = [named(filter.sourceActor), named(filter.targetActor)];
  const pair = filter.between?.map((term) => idList(db, term));
  if (source === null || target === null || pair?.includes(null) === true) return false;
  if (source !== undefined) where.add(`e.source_actor_id IN (${source})`);
  if (target !== undefined) where.add(`e.target_actor_id IN (${target})`);
  if (pair !== undefined) {
    const [a, b] = pair as [string, string];
    where.add(`((e.source_actor_id IN (${a}) AND e.target_actor_id IN (${b})) OR (e.source_actor_id IN (${b}) AND e.target_actor_id IN (${a})))`);
  }
  return true;
}

/**
 * Events matching the filter, newest article first; after a row (`after`) by index, however deep.
 * `actorIds`: the actors `actor` names, when the caller has resolved them already.
 */
export function findEvents(db: Database.Database, given: EventFilter, actorIds?: readonly number[]): EventHit[] {
  const k = sqliteKeyset(db, 'events', given.after);
  const filter: EventFilter = k === null ? given : { ...given, offset: 0 };
  const where = new Where();
  common(where, filter, 'e');
  if (filter.code !== undefined) where.add('e.code = ?', filter.code);
  flags(where, filter);
  if (!sides(db, where, filter)) return [];
  if (filter.actor !== undefined) {
    const ids = actorIds ?? resolveActors(db, filter.actor);
    if (ids.length === 0) return [];
    const list = ids.map(() => '?').join(',');
    if (ids.length <= PER_SPEAKER) {
      // A known actor: each end's newest events by index (actor, day), merged, not all of its events sorted.
      const wanted = limit(filter) < 0 ? -1 : limit(filter) + offset(filter);
      // After k: each side's events after it (a filter here; the merged page is then cut after k too).
      const later = withCondition(where, k === null ? null : afterCondition(EVENT_KEYS, k));
      // The article is joined only for a filter on its source: else each side's page is read from its index alone.
      const article = filter.source === undefined ? '' : 'JOIN articles a ON a.id = e.article_id';
      const side = (column: string, others: string): string =>
        `SELECT * FROM (SELECT e.id FROM events e ${article}
           WHERE ${[...later.parts, `e.${column} = ?`, others].join(' AND ')} ${EVENT_ORDER} ${limitSql(wanted)})`;
      const candidates = prepare(db, `${side('source_actor_id', '1')} UNION ALL ${side('target_actor_id', `(e.source_actor_id IS NULL OR e.source_actor_id NOT IN (${list}))`)}`).pluck();
      const found = ids.flatMap((id) => candidates.all(...later.params, id, ...later.params, id, ...ids) as number[]);
      if (found.length === 0) return [];
      const chosen = new Where();
      chosen.add(`e.id IN (${found.map(() => '?').join(',')})`, ...found);
      return eventRows(db, chosen, filter, k);
    }
    where.add(`(e.source_actor_id IN (${list}) OR e.target_actor_id IN (${list}))`, ...ids, ...ids);
  }
  return eventRows(db, where, filter, k);
}

// A page of events: its ids from the index in the answer's order (events_page, unless a filter's own
// index is better), then only its rows in full.
function eventRows(db: Database.Database, where: Where, filter: CommonFilter & { source?: string }, k: Keyset | null): EventHit[] {
  const article = filter.source === undefined ? '' : 'JOIN articles a ON a.id = e.article_id';
  const size = limit(filter);
  const ids = pageAfter(EVENT_KEYS, k, size < 0 ? null : size, (condition) => {
    const w = withCondition(where, condition);
    return prepare(db, `SELECT e.id FROM events e ${article} ${String(w)} ${EVENT_ORDER} ${limitSql(size)} OFFSET ?`)
      .pluck()
      .all(...w.params, offset(filter)) as number[];
  });
  return eventHits(db, ids);
}

/** The records of the articles after `afterId`, a page at a time, with the id to continue from. */
export function recordPage(db: Database.Database, afterId: number, size: number): { records: Array<ArticleRecord & { byline?: string }>; entries: StoredArticle[]; last: number } {
  const articles = rowsOf(db, `SELECT * FROM articles WHERE id > ? ORDER BY id ${limitSql(size)}`, afterId);
  let last = afterId;
  const records = articles.map((row) => {
    const id = num(row['id']);
    last = id;
    const of = (sql: string): Row[] => rowsOf(db, sql, id);
    return articleRecord(row, of('SELECT * FROM entities WHERE article_id = ? ORDER BY ord'), of('SELECT * FROM quotes WHERE article_id = ? ORDER BY id'), of('SELECT * FROM events WHERE article_id = ? ORDER BY id'));
  });
  return { records, entries: storedEntries(articles, records), last };
}
