/**
 * Where an actor stands in a list of actors counted within days or a source, the same SQL for both
 * dialects: its articles there (summed from its rows per day, or counted from its entities of the
 * source), then its id. A page after a row starts after that place.
 */
import type { EntityFilter } from '../store.js';
import { num, type Row } from './rows.js';
import { common, SOURCE_IS, Where } from './where.js';

/** An actor's place in a scoped list: its articles there, then its id. */
export interface Place {
  articles: number;
  id: number;
}

/**
 * The query for the place of the actor with this key, from its own rows alone; `sourceIs` is the
 * dialect's condition on the article's source (where.ts). Its one row has the actor's `id` and `n`.
 */
export function placeQuery(filter: EntityFilter, key: string, sourceIs: string = SOURCE_IS): { sql: string; params: unknown[] } {
  const scope = new Where();
  scope.add('ac.key = ?', key);
  if (filter.source === undefined) {
    common(scope, filter, 'd');
    return { sql: `SELECT ac.id AS id, SUM(d.articles) AS n FROM actors ac JOIN actor_days d ON d.actor_id = ac.id ${String(scope)} GROUP BY ac.id`, params: scope.params };
  }
  common(scope, filter, 'a', sourceIs);
  return {
    sql: `SELECT ac.id AS id, COUNT(DISTINCT en.article_id) AS n FROM actors ac JOIN entities en ON en.actor_id = ac.id JOIN articles a ON a.id = en.article_id ${String(scope)} GROUP BY ac.id`,
    params: scope.params,
  };
}

/** The place a `placeQuery` row gives; undefined when the actor has no row or no article there. */
export function placeOf(row: Row | undefined): Place | undefined {
  return row === undefined || num(row['n']) === 0 ? undefined : { articles: num(row['n']), id: num(row['id']) };
}
