/**
 * The actors leading a few months' days (PostgreSQL), without summing every actor of the days: an
 * actor's articles in the days are at most its articles in the months they fall in, so an actor outside
 * each month's first K (actor_month_articles, kept by the writer: migration 13) has at most the sum of
 * those months' K-th counts (the bound). The first K of each month are summed exactly from their days;
 * when the page's last actor among them has more than the bound, no other actor can stand in the page
 * and the answer is exact. Otherwise the caller sums every actor of the days, as before.
 */
import type { EntityFilter } from '../store.js';
import { actorColumns, num, type Row } from '../sql/rows.js';
import type { Place } from '../sql/actor-place.js';
import type { Where } from '../sql/where.js';
import type { Queryable } from './db.js';

/** Each month's leading actors read at least (synthetic 1,000,000-article store: the 50th of 28 days had ~250 articles, the 200th of a month ~80). */
export const MONTH_LEADERS = 200;

/** Months a range may touch for the bound to be worth trying: it adds one K-th count per month. */
const MAX_MONTHS = 3;

// The months from `from`'s to `to`'s (YYYY-MM-DD), counted as the calendar has them; null when either is not a day.
function monthSpan(from: string | undefined, to: string | undefined): number | null {
  const at = (day: string | undefined): number | null => {
    const match = day === undefined ? null : /^(\d{4})-(\d{2})-\d{2}$/.exec(day.slice(0, 10));
    return match === null ? null : Number(match[1]) * 12 + Number(match[2]);
  };
  const [first, last] = [at(from), at(to)];
  return first === null || last === null || last < first ? null : last - first + 1;
}

/**
 * The page (`size` rows after `skip`) of the actors within the filter's days, most articles there first,
 * from the months' leaders (`leaders` a month: by default MONTH_LEADERS, or twice the rows wanted); null
 * when the bound cannot rule out the others (then sum them all).
 * `where` filters the actors (`ac`); `place`, when given, keeps only the actors after it.
 */
export async function leadersOfDays(db: Queryable, filter: EntityFilter, where: Where, place: Place | null, size: number, skip: number, leaders?: number): Promise<Row[] | null> {
  const span = monthSpan(filter.from, filter.to);
  const from = filter.from?.slice(0, 10) ?? '';
  const to = filter.to?.slice(0, 10) ?? '';
  const wanted = skip + size;
  // Twice the rows wanted at least: the bound is the month's K-th count, which a page's rows must beat.
  const k = leaders ?? Math.max(MONTH_LEADERS, 2 * wanted);
  if (span === null || span > MAX_MONTHS) return null;
  const after = place === null ? { sql: '', params: [] } : { sql: 'HAVING (SUM(d.articles) < ? OR (SUM(d.articles) = ? AND d.actor_id > ?))', params: [place.articles, place.articles, place.id] };
  // The months are those stored between the days' (found by index, one step a month), not the
  // calendar's: a day is in the range exactly when its month is. Each actor is read by its id, of the
  // page only when no filter is on the actors (joined, the planner hashed the whole actors table for
  // the 400 leaders of a 30,000-article store).
  const sql = `WITH RECURSIVE ms(month) AS (
      SELECT MIN(month) FROM actor_month_articles WHERE month >= ?
      UNION ALL
      SELECT (SELECT MIN(m.month) FROM actor_month_articles m WHERE m.month > ms.month) FROM ms WHERE ms.month < ?),
    lead AS (SELECT ms.month, t.actor_id, t.articles FROM ms CROSS JOIN LATERAL
      (SELECT m.actor_id, m.articles FROM actor_month_articles m WHERE m.month = ms.month ORDER BY m.articles DESC, m.actor_id LIMIT ?) t
      WHERE ms.month IS NOT NULL AND ms.month <= ?),
    bound AS (SELECT COALESCE(SUM(v), 0) AS n FROM (SELECT CASE WHEN COUNT(*) >= ? THEN MIN(articles) ELSE 0 END AS v FROM lead GROUP BY month) b),
    sums AS (SELECT d.actor_id, SUM(d.articles) AS n_articles, SUM(d.mentions) AS n_mentions, SUM(d.quotes) AS n_quotes
      FROM actor_days d WHERE d.actor_id IN (SELECT actor_id FROM lead) AND d.day >= ? AND d.day <= ? GROUP BY d.actor_id ${after.sql})
    SELECT ${actorColumns('ac', 'ac_')}, t.n_articles, t.n_mentions, t.n_quotes, (SELECT n FROM bound) AS bound
    FROM ${where.parts.length === 0 ? '(SELECT * FROM sums ORDER BY n_articles DESC, actor_id LIMIT ?) t' : 'sums t'}
    CROSS JOIN LATERAL (SELECT ac.* FROM actors ac WHERE ac.id = t.actor_id ${where.parts.map((part) => `AND ${part}`).join(' ')} LIMIT 1) ac
    ORDER BY t.n_articles DESC, ac.id LIMIT ?`;
  const params = [from.slice(0, 7), to.slice(0, 7), k, to.slice(0, 7), k, from, to, ...after.params, ...(where.parts.length === 0 ? [wanted] : where.params), wanted];
  const rows = await db.query(sql, params);
  const bound = num(rows[0]?.['bound'] ?? NaN);
  const last = rows[wanted - 1];
  // Exact when the page's last row beats every actor left out, or when no month had more actors than were read.
  const exact = last !== undefined ? num(last['n_articles']) > bound : bound === 0;
  return exact ? rows.slice(skip) : null;
}
