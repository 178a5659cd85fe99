/** Reads for browsing a PostgreSQL store: article lists, one article, one actor, the interaction network. */
import { actorColumns, actorRef, ARTICLE_COLUMNS, articleRef, interactionEdge, num, strOrNull, type Row } from '../sql/rows.js';
import { common, pageSize, Where } from '../sql/where.js';
import { ARTICLE_ORDER, pageAfterAsync, withCondition } from '../sql/keyset.js';
import { pgKeyset } from './keyset.js';
import { afterEdgeParams, afterEdgeSql, edgeOf, edgePlaceOf, edgePlaceQuery, KEPT_EDGES, overAllDays } from '../sql/edge-position.js';
import type { ActorDetail, ActorRef, ArticleEntry, ArticleHit, CommonFilter, InteractionEdge, InteractionFilter } from '../store.js';
import type { Queryable } from './db.js';
import { flags, PG_SOURCE_IS, recordsOf, resolveActors } from './read.js';
import { paging } from './paging.js';
import { actorList, type ActorIds } from './actor-ids.js';

/** Articles matching the filter, newest first, with their counts of quotes and events. */
export async function findArticles(db: Queryable, given: CommonFilter): Promise<ArticleHit[]> {
  const k = await pgKeyset(db, 'articles', given.after);
  const filter: CommonFilter = k === null ? given : { ...given, offset: 0 };
  const where = new Where();
  common(where, filter, 'a', PG_SOURCE_IS);
  const page = paging(filter);
  // After a row k: the dated articles after it, then the undated ones, each a range of articles_page.
  // The page's ids chosen from the index alone (an offset of N read N whole rows of articles: 93 ms for
  // an offset below 10,000 of a 110,000-article store), then only its rows read.
  const rows = await pageAfterAsync(ARTICLE_ORDER, k, pageSize(filter), (condition) => {
    const w = withCondition(where, condition);
    return db.query(
      `SELECT ${ARTICLE_COLUMNS}, a.quotes AS n_quotes, a.events AS n_events
       FROM (SELECT a.id FROM articles a ${String(w)} ORDER BY a.day DESC NULLS LAST, a.id DESC ${page.sql}) p JOIN articles a ON a.id = p.id
       ORDER BY a.day DESC NULLS LAST, a.id DESC`,
      [...w.params, ...page.params],
    );
  });
  return rows.map((row) => ({ article: articleRef(row), quotes: num(row['n_quotes']), events: num(row['n_events']) }));
}

/** One article by key, or null. */
export async function findArticle(db: Queryable, key: string): Promise<ArticleEntry | null> {
  const rows = await db.query('SELECT * FROM articles WHERE key = ?', [key]);
  const [record] = await recordsOf(db, rows);
  return record === undefined ? null : { key, record };
}

/** The articles whose input gave them `id`, oldest first; within one source (any case) when given. */
export async function findArticlesWithId(db: Queryable, id: string, source?: string): Promise<ArticleEntry[]> {
  const rows = await db.query(`SELECT * FROM articles a WHERE a.ext_id = ?${source === undefined ? '' : ` AND ${PG_SOURCE_IS}`} ORDER BY a.id`, source === undefined ? [id] : [id, source]);
  const records = await recordsOf(db, rows);
  return records.map((record, i) => ({ key: String(rows[i]?.['key']), record }));
}

/** One actor by key, with its roles and its quotes per month, or null. */
export async function findActor(db: Queryable, key: string): Promise<ActorDetail | null> {
  return (await findActorWithId(db, key))?.detail ?? null;
}

/** One actor by key with its row's id (what its lists are read by), or null. */
export async function findActorWithId(db: Queryable, key: string): Promise<{ id: number; detail: ActorDetail } | null> {
  // In one statement, from the sums the writer keeps: roles from actor_role_sums (migration 13: a row
  // per role), the timeline from actor_months (a row per month), never all of its entities or quotes.
  // Ties of roles by the role's bytes, as SQLite orders text.
  const [row] = await db.query(
    `SELECT ac.id AS id, ${actorColumns('ac', 'ac_')}, ac.articles, ac.mentions, ac.quotes,
       (SELECT COALESCE(json_agg(r ORDER BY r.n DESC, r.role COLLATE "C"), '[]') FROM
         (SELECT role, entities AS n, first, last FROM actor_role_sums WHERE actor_id = ac.id ORDER BY entities DESC, role COLLATE "C" LIMIT 20) r) AS roles,
       (SELECT COALESCE(json_agg(m ORDER BY m.month), '[]') FROM
         (SELECT month, quotes AS n FROM actor_months WHERE actor_id = ac.id AND quotes > 0) m) AS months
     FROM actors ac WHERE ac.key = ?`,
    [key],
  );
  if (row === undefined) return null;
  const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);
  const detail = {
    actor: actorRef(row, 'ac_') as ActorRef,
    articles: num(row['articles']),
    mentions: num(row['mentions']),
    quotes: num(row['quotes']),
    roles: list(row['roles']).map((r) => ({ role: String(r['role']), articles: num(r['n']), first: strOrNull(r['first']), last: strOrNull(r['last']) })),
    timeline: list(row['months']).map((m) => ({ month: String(m['month']), quotes: num(m['n']) })),
  };
  return { id: num(row['id']), detail };
}

/**
 * Events between two known actors, summed by pair and code, most events first; after a row (`after`)
 * by its place. `actorIds`: the actors `actor` names, when the caller has resolved them already (or the
 * one actor of a key, found in the same statement).
 */
export async function findInteractions(db: Queryable, filter: InteractionFilter, actorIds?: ActorIds): Promise<InteractionEdge[]> {
  const given = filter.actor === undefined ? undefined : (actorIds ?? (await resolveActors(db, filter.actor)));
  const ids = given === undefined ? undefined : actorList(given);
  if (ids?.count === 0) return [];
  // `g`: the list's rows summed by pair and code; `inner` filters the events summed, `outer` the sums.
  const inner = new Where();
  const outer = new Where();
  let from: string;
  if (overAllDays(filter)) {
    // Over all days and flags: the sums the writer keeps (migration 6).
    if (filter.code !== undefined) outer.add('g.code = upper(?)', filter.code);
    if (ids !== undefined) outer.add(`(${ids.is('g.sid')} OR ${ids.is('g.tid')})`, ...ids.params, ...ids.params);
    from = KEPT_EDGES;
  } else {
    inner.add('e.source_actor_id IS NOT NULL AND e.target_actor_id IS NOT NULL AND e.source_actor_id <> e.target_actor_id');
    // The event's own copy of its article's day: the articles are joined only to filter on their source.
    common(inner, filter, 'e', PG_SOURCE_IS);
    if (filter.code !== undefined) inner.add('upper(e.code) = upper(?)', filter.code);
    flags(inner, filter);
    if (ids !== undefined) inner.add(`(${ids.is('e.source_actor_id')} OR ${ids.is('e.target_actor_id')})`, ...ids.params, ...ids.params);
    from = `(SELECT e.source_actor_id AS sid, e.target_actor_id AS tid, upper(e.code) AS code, COUNT(*) AS n, SUM(e.negated) AS negated,
            MIN(e.day) AS first, MAX(e.day) AS last
          FROM events e ${filter.source === undefined ? '' : 'JOIN articles a ON a.id = e.article_id'} ${String(inner)}
          GROUP BY 1, 2, 3) g`;
  }
  // After an edge still in the list: the edges after its place (its events counted in the same list).
  const edge = edgeOf(filter.after);
  const asked = edge === null ? undefined : edgePlaceQuery(edge, from, inner, outer);
  const place = asked === undefined ? undefined : edgePlaceOf((await db.query(asked.sql, asked.params))[0]);
  const where = withCondition(outer, place === undefined ? null : { sql: afterEdgeSql(' COLLATE "C"'), params: afterEdgeParams(place.n, place.sid, place.tid, edge?.code ?? '') });
  const page = paging(place === undefined ? filter : { ...filter, offset: 0 });
  const sql = `SELECT ${actorColumns('s', 's_')}, ${actorColumns('t', 't_')}, p.code, p.n, p.negated, p.first, p.last
    FROM (SELECT g.* FROM ${from} ${String(where)} ORDER BY g.n DESC, g.sid, g.tid, g.code COLLATE "C" ${page.sql}) p
    JOIN actors s ON s.id = p.sid JOIN actors t ON t.id = p.tid ORDER BY p.n DESC, p.sid, p.tid, p.code COLLATE "C"`;
  return (await db.query(sql, [...inner.params, ...where.params, ...page.params])).map(interactionEdge);
}

