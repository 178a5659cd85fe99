/**
 * Actors counted within days or a source (PostgreSQL), as SQLite's (sqlite/scoped-actors.ts): a page
 * after a row (`after`, an actor's key) starts after that actor's place in the same count.
 */
import type { ActorHit, EntityFilter } from '../store.js';
import { actorColumns, actorHit, type Row } from '../sql/rows.js';
import { placeOf, placeQuery, type Place } from '../sql/actor-place.js';
import { common, offset, pageSize, Where } from '../sql/where.js';
import { withCondition } from '../sql/keyset.js';
import type { Queryable } from './db.js';
import { paging, type Page } from './paging.js';
import { leadersOfDays } from './actor-window.js';
import type { Period } from './periods.js';

/** The source compared without regard to case, as SQLite's NOCASE column compares it (read.ts's PG_SOURCE_IS). */
const SOURCE_IS = 'lower(a.source) = lower(?)';

// Days only: the sums the writer keeps per actor and day (an actor counts once per article). Without a
// filter on the actors, the page is chosen from the sums alone and only its actors are read (joined
// first, every actor of the days was read: 52 → 7–12 ms in a month of the 100,000-article bench store).
function dayRows(db: Queryable, filter: EntityFilter, where: Where, place: Place | null, page: Page): Promise<Row[]> {
  const days = new Where();
  common(days, filter, 'd');
  const after = place === null ? { sql: '', params: [] } : { sql: 'HAVING (SUM(d.articles) < ? OR (SUM(d.articles) = ? AND d.actor_id > ?))', params: [place.articles, place.articles, place.id] };
  const [inner, outer] = where.parts.length === 0 ? [`ORDER BY n_articles DESC, d.actor_id ${page.sql}`, ''] : ['', page.sql];
  const sql = `SELECT ${actorColumns('ac', 'ac_')}, t.n_articles, t.n_mentions, t.n_quotes
    FROM (SELECT d.actor_id, SUM(d.articles) AS n_articles, SUM(d.mentions) AS n_mentions, SUM(d.quotes) AS n_quotes
          FROM actor_days d ${String(days)} GROUP BY d.actor_id ${after.sql} ${inner}) t
    JOIN actors ac ON ac.id = t.actor_id
    ${String(where)} ORDER BY t.n_articles DESC, ac.id ${outer}`;
  const params = where.parts.length === 0 ? [...days.params, ...after.params, ...page.params] : [...days.params, ...after.params, ...where.params, ...page.params];
  return db.query(sql, params);
}

// One source (and days): each actor counted once per article, however many of its entities name it.
function sourceRows(db: Queryable, filter: EntityFilter, given: Where, place: Place | null, page: Page): Promise<Row[]> {
  const articles = new Where();
  articles.add('en.actor_id IS NOT NULL');
  common(articles, filter, 'a', SOURCE_IS);
  const where = withCondition(given, place === null ? null : { sql: '(t.n_articles < ? OR (t.n_articles = ? AND ac.id > ?))', params: [place.articles, place.articles, place.id] });
  const sql = `SELECT ${actorColumns('ac', 'ac_')}, t.n_articles, t.n_mentions, t.n_quotes
    FROM (SELECT s.actor_id, COUNT(*) AS n_articles, SUM(s.mentions) AS n_mentions, SUM(s.quotes) AS n_quotes
          FROM (SELECT en.article_id, en.actor_id, SUM(json_array_length(en.mentions::json)) AS mentions,
                  (SELECT COUNT(*) FROM quotes q WHERE q.article_id = en.article_id AND q.actor_id = en.actor_id AND q.layer = 'quote') AS quotes
                FROM entities en JOIN articles a ON a.id = en.article_id ${String(articles)}
                GROUP BY en.article_id, en.actor_id) s
          GROUP BY s.actor_id) t
    JOIN actors ac ON ac.id = t.actor_id
    ${String(where)} ORDER BY t.n_articles DESC, ac.id ${page.sql}`;
  return db.query(sql, [...articles.params, ...where.params, ...page.params]);
}

/**
 * Actors within the filter's days or source, most articles there first; after a row by its place, else
 * by offset. `period`: the periods whose leaders are read (by default those for the store's size).
 */
export async function findScopedActors(db: Queryable, filter: EntityFilter, where: Where, period?: Period): Promise<ActorHit[]> {
  const asked = filter.after === undefined ? undefined : placeQuery(filter, filter.after.article, SOURCE_IS);
  const place = asked === undefined ? undefined : placeOf((await db.query(asked.sql, asked.params))[0]);
  const size = pageSize(filter);
  const skip = place === undefined ? offset(filter) : 0;
  const page = paging({ ...filter, offset: skip });
  // A few months' days: from the periods' leading actors when they decide the page (actor-window.ts).
  const led = filter.source === undefined && size !== null ? await leadersOfDays(db, filter, where, place ?? null, size, skip, period === undefined ? {} : { period }) : null;
  const rows = led ?? (await (filter.source === undefined ? dayRows : sourceRows)(db, filter, where, place ?? null, page));
  return rows.map(actorHit);
}
