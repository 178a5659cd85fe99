/**
 * Actors counted within days or a source (SQLite), most written-about there first. A page after a row
 * (`after`, an actor's key) starts after that actor's place in the same count, not at an offset, so a
 * walk of the list by its next links sees each actor once while articles come and go.
 */
import type Database from 'better-sqlite3';
import type { ActorHit, EntityFilter } from '../store.js';
import { common, offset, pageSize, Where } from '../sql/where.js';
import { withCondition } from '../sql/keyset.js';
import { actorColumns, actorHit, type Row } from '../sql/rows.js';
import { placeOf, placeQuery, type Place } from '../sql/actor-place.js';
import { limitSql, rowOf, rowsOf } from './statements.js';

// Days only: the counts kept per actor and day are summed (an actor counts once per article).
function dayRows(db: Database.Database, filter: EntityFilter, where: Where, place: Place | null, size: number, skip: number): Row[] {
  const days = new Where();
  common(days, filter, 'd');
  const outer = withCondition(where, place === null ? null : { sql: '(t.n_articles < ? OR (t.n_articles = ? AND ac.id > ?))', params: [place.articles, place.articles, place.id] });
  const sql = `SELECT ${actorColumns('ac', 'ac_')}, t.n_articles, t.n_mentions, t.n_quotes
    FROM (SELECT d.actor_id, SUM(d.articles) AS n_articles, SUM(d.mentions) AS n_mentions, SUM(d.quotes) AS n_quotes
          FROM actor_days d ${String(days)} GROUP BY d.actor_id) t
    CROSS JOIN actors ac ON ac.id = t.actor_id
    ${String(outer)} ORDER BY t.n_articles DESC, ac.id ${limitSql(size)} OFFSET ?`;
  return rowsOf(db, sql, ...days.params, ...outer.params, skip);
}

// One source (and days): each actor's articles of the source counted from its entities.
function sourceRows(db: Database.Database, filter: EntityFilter, given: Where, place: Place | null, size: number, skip: number): Row[] {
  const where = withCondition(given, null);
  common(where, filter);
  const having = place === null ? { sql: '', params: [] } : { sql: 'HAVING (n_articles < ? OR (n_articles = ? AND ac.id > ?))', params: [place.articles, place.articles, place.id] };
  const sql = `SELECT ${actorColumns('ac', 'ac_')}, COUNT(DISTINCT en.article_id) AS n_articles, SUM(json_array_length(en.mentions)) AS n_mentions,
      SUM((SELECT COUNT(*) FROM quotes q INDEXED BY quotes_article WHERE q.article_id = en.article_id AND q.actor_id = ac.id AND q.layer = 'quote')) AS n_quotes
    FROM entities en JOIN actors ac ON ac.id = en.actor_id JOIN articles a ON a.id = en.article_id
    ${String(where)} GROUP BY ac.id ${having.sql} ORDER BY n_articles DESC, ac.id ${limitSql(size)} OFFSET ?`;
  return rowsOf(db, sql, ...where.params, ...having.params, skip);
}

/** Actors within the filter's days or source, most articles there first; after a row by its place, else by offset. */
export function findScopedActors(db: Database.Database, filter: EntityFilter, where: Where): ActorHit[] {
  const asked = filter.after === undefined ? undefined : placeQuery(filter, filter.after.article);
  const place = asked === undefined ? undefined : placeOf(rowOf(db, asked.sql, ...asked.params));
  const rows = filter.source === undefined ? dayRows : sourceRows;
  return rows(db, filter, where, place ?? null, pageSize(filter) ?? -1, place === undefined ? offset(filter) : 0).map(actorHit);
}
