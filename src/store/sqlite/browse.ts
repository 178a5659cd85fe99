/** Reads for browsing the store: article lists, one article, one actor, and the interaction network. */
import type Database from 'better-sqlite3';
import { limitSql, prepare, rowsOf } from './statements.js';
import type { ActorDetail, ActorRef, ArticleEntry, ArticleHit, CommonFilter, InteractionEdge, InteractionFilter } from '../store.js';
import { flags, limit, recordPage, resolveActors } from './read.js';
import { actorColumns, actorRef, ARTICLE_COLUMNS, articleRef, interactionEdge, type Row } from '../sql/rows.js';
import { common, offset, Where } from '../sql/where.js';
import { ARTICLE_ORDER, pageAfter, withCondition } from '../sql/keyset.js';
import { afterEdgeParams, afterEdgeSql, edgeOf, edgePlaceOf, edgePlaceQuery, KEPT_EDGES, overAllDays } from '../sql/edge-position.js';
import { sqliteKeyset } from './keyset.js';

const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Articles matching the filter, newest first, with their counts of quotes and events. */
export function findArticles(db: Database.Database, given: CommonFilter): ArticleHit[] {
  const k = sqliteKeyset(db, 'articles', given.after);
  const filter: CommonFilter = k === null ? given : { ...given, offset: 0 };
  const where = new Where();
  common(where, filter);
  const columns = `${ARTICLE_COLUMNS}, a.quotes AS n_quotes, a.events AS n_events`;
  const order = 'ORDER BY a.day DESC, a.id DESC';
  // articles_page is in the list's order and holds all it shows: a page, however deep, is read from
  // that index alone (skipping index entries, never reading an article). One source's page takes its
  // (day, id) pairs from the index by source and day, then its columns from articles_page.
  // After a row k: the dated articles after it, then the undated ones, each a range of the index.
  const size = limit(filter);
  const rows = pageAfter(ARTICLE_ORDER, k, size < 0 ? null : size, (condition) => {
    const w = withCondition(where, condition);
    const sql =
      filter.source === undefined
        ? `SELECT ${columns} FROM articles a INDEXED BY articles_page ${String(w)} ${order} ${limitSql(size)} OFFSET ?`
        : `SELECT ${columns}
      FROM (SELECT a.day, a.id FROM articles a INDEXED BY articles_source_day ${String(w)} ${order} ${limitSql(size)} OFFSET ?) p
      CROSS JOIN articles a INDEXED BY articles_page ON a.day IS p.day AND a.id = p.id ${order}`;
    return rowsOf(db, sql, ...w.params, offset(filter));
  });
  return rows.map((row) => ({ article: articleRef(row), quotes: Number(row['n_quotes']), events: Number(row['n_events']) }));
}

/** One article by key, or null. */
export function findArticle(db: Database.Database, key: string): ArticleEntry | null {
  const id = prepare(db, 'SELECT id FROM articles WHERE key = ?').pluck().get(key);
  if (typeof id !== 'number') return null;
  const [record] = recordPage(db, id - 1, 1).records;
  return record === undefined ? null : { key, record };
}

/** The articles whose input gave them `id`, oldest first; within one source (any case) when given. */
export function findArticlesWithId(db: Database.Database, id: string, source?: string): ArticleEntry[] {
  const rows = prepare(db, `SELECT id, key FROM articles WHERE ext_id = ?${source === undefined ? '' : ' AND source = ?'} ORDER BY id`).all(
    ...(source === undefined ? [id] : [id, source]),
  ) as Array<{ id: number; key: string }>;
  return rows.flatMap((row): ArticleEntry[] => {
    const [record] = recordPage(db, row.id - 1, 1).records;
    return record === undefined ? [] : [{ key: row.key, record }];
  });
}

/** One actor by key, with its roles and its quotes per month, or null. */
export function findActor(db: Database.Database, key: string): ActorDetail | null {
  return findActorWithId(db, key)?.detail ?? null;
}

/** One actor by key with its row's id (what its lists are read by), or null. */
export function findActorWithId(db: Database.Database, key: string): { id: number; detail: ActorDetail } | null {
  const row = prepare(db, `SELECT ac.id AS id, ${actorColumns('ac', 'ac_')}, ac.articles, ac.mentions, ac.quotes FROM actors ac WHERE ac.key = ?`).get(key) as Row | undefined;
  if (row === undefined) return null;
  const id = Number(row['id']);
  // From the summaries kept as articles come and go: its roles from actor_roles (a few rows per day the
  // actor was named), its timeline from actor_months (a row per month), never all its entities or quotes.
  const roles = prepare(
    db,
    `SELECT role, SUM(entities) AS n, MIN(NULLIF(day, '')) AS first, MAX(NULLIF(day, '')) AS last
     FROM actor_roles WHERE actor_id = ? GROUP BY role ORDER BY n DESC, role LIMIT 20`,
  ).all(id) as Row[];
  const months = prepare(db, 'SELECT month, quotes AS n FROM actor_months WHERE actor_id = ? AND quotes > 0 ORDER BY month').all(id) as Row[];
  const detail = {
    actor: actorRef(row, 'ac_') as ActorRef,
    articles: Number(row['articles']),
    mentions: Number(row['mentions']),
    quotes: Number(row['quotes']),
    roles: roles.map((r) => ({ role: String(r['role']), articles: Number(r['n']), first: strOrNull(r['first']), last: strOrNull(r['last']) })),
    timeline: months.map((m) => ({ month: String(m['month']), quotes: Number(m['n']) })),
  };
  return { id, detail };
}

/**
 * Events between two known actors, summed by pair and code, most events first; after a row (`after`)
 * by its place. `actorIds`: the actors
 * `actor` names, when the caller has resolved them already.
 */
export function findInteractions(db: Database.Database, filter: InteractionFilter, actorIds?: readonly number[]): InteractionEdge[] {
  const ids = filter.actor === undefined ? undefined : (actorIds ?? resolveActors(db, filter.actor));
  if (ids?.length === 0) return [];
  const list = ids?.map(() => '?').join(',');
  // `g`: the list's rows summed by pair and code; `inner` filters the events summed, `outer` the sums.
  const inner = new Where();
  const outer = new Where();
  let from: string;
  if (overAllDays(filter)) {
    // Over all days and flags: the sums the writer keeps.
    if (filter.code !== undefined) outer.add('g.code = upper(?)', filter.code);
    if (ids !== undefined) outer.add(`(g.sid IN (${list}) OR g.tid IN (${list}))`, ...ids, ...ids);
    from = KEPT_EDGES;
  } else {
    inner.add('e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL AND e.source_actor_id <> e.target_actor_id');
    common(inner, filter);
    flags(inner, filter);
    if (filter.code !== undefined) inner.add('e.code = ?', filter.code);
    if (ids !== undefined) inner.add(`(e.source_actor_id IN (${list}) OR e.target_actor_id IN (${list}))`, ...ids, ...ids);
    from = `(SELECT e.source_actor_id AS sid, e.target_actor_id AS tid, upper(e.code) AS code, COUNT(*) AS n, SUM(e.negated) AS negated,
            MIN(a.day) AS first, MAX(a.day) AS last
          FROM events e JOIN articles a ON a.id = e.article_id ${String(inner)}
          GROUP BY sid, tid, upper(e.code)) g`;
  }
  // After an edge still in the list: the edges after its place (its events counted in the same list).
  const edge = edgeOf(filter.after);
  const asked = edge === null ? undefined : edgePlaceQuery(edge, from, inner, outer);
  const place = asked === undefined ? undefined : edgePlaceOf(rowsOf(db, asked.sql, ...asked.params)[0]);
  const where = withCondition(outer, place === undefined ? null : { sql: afterEdgeSql(), params: afterEdgeParams(place.n, place.sid, place.tid, edge?.code ?? '') });
  const sql = `SELECT ${actorColumns('s', 's_')}, ${actorColumns('t', 't_')}, p.code AS code, p.n AS n, p.negated AS negated, p.first AS first, p.last AS last
    FROM (SELECT g.* FROM ${from} ${String(where)} ORDER BY g.n DESC, g.sid, g.tid, g.code ${limitSql(limit(filter))} OFFSET ?) p
    JOIN actors s ON s.id = p.sid JOIN actors t ON t.id = p.tid ORDER BY p.n DESC, p.sid, p.tid, p.code`;
  return rowsOf(db, sql, ...inner.params, ...where.params, place === undefined ? offset(filter) : 0).map(interactionEdge);
}
