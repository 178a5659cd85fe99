/**
 * The actors leading a few months' or weeks' days (PostgreSQL), without summing every actor of the
 * days: an actor's articles in the days are at most its articles in the periods they fall in, so an
 * actor outside each period's first K (kept by the writer: periods.ts) has at most the sum of those
 * periods' K-th counts (the bound). The first K of each period are summed exactly from their days;
 * when the page's last actor among them has more than the bound, no other actor can stand in the page
 * and the answer is exact. Otherwise the caller sums every actor of the days, as before.
 * Which period is read depends on the store's size alone (periodFor), never the answer.
 */
import type { EntityFilter } from '../store.js';
import { actorColumns, num, type Row } from '../sql/rows.js';
import type { Place } from '../sql/actor-place.js';
import type { Where } from '../sql/where.js';
import type { Queryable } from './db.js';
import { MONTH, WEEK, type Period } from './periods.js';

/**
 * Stores of this many articles or more read the weeks' leaders, smaller ones the months': a small
 * store's weekly counts are few and tie, so a week's 100 leaders bound little. Server CPU a call over
 * 40 windows of 28 days of the bench stores (five years), months against weeks (bench/pg-window.ts,
 * 12 rounds, 2026-12-08 at load average 9–12): 50,000 articles 2.79 / 3.15, 2.42 / 2.65, 1.94 / 2.56
 * ms; 75,000 2.75 / 2.15, 2.52 / 2.40, 2.85 / 1.96 ms; 100,000 2.44 / 1.77, 2.81 / 1.96, 2.77 / 2.00 ms;
 * 200,000 5.21 / 3.56 ms (1,000,000 6.44 / 3.56 ms the day before): the smallest size measured where
 * the weeks cost less.
 */
export const WEEKS_FROM = 75_000;

/** The period whose leaders bound the actors of a range of days in a store of `articles` articles. */
export const periodFor = (articles: number): Period => (articles >= WEEKS_FROM ? WEEK : MONTH);

/** How long the store's size is taken as read (ms): only which sums are read depends on it. */
const SIZE_KEPT_MS = 60_000;

const sizes = new WeakMap<Queryable, { articles: Promise<number>; at: number }>();

// The store's articles, read at most once a minute for each store (its Queryable).
function storeArticles(db: Queryable): Promise<number> {
  const kept = sizes.get(db);
  if (kept !== undefined && performance.now() - kept.at < SIZE_KEPT_MS) return kept.articles;
  const articles = db.query("SELECT n FROM store_totals WHERE name = 'articles'").then((rows) => num(rows[0]?.['n'] ?? 0));
  sizes.set(db, { articles, at: performance.now() });
  articles.catch(() => sizes.delete(db));
  return articles;
}

// The periods from `from`'s to `to`'s (YYYY-MM-DD); null when either is not a day.
function span(period: Period, from: string | undefined, to: string | undefined): number | null {
  const at = (given: string | undefined): number | null => {
    const day = given?.slice(0, 10) ?? '';
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? period.ordinal(day) : null;
  };
  const [first, last] = [at(from), at(to)];
  return first === null || last === null || last < first ? null : last - first + 1;
}

/**
 * The page (`size` rows after `skip`) of the actors within the filter's days, most articles there first,
 * from the leaders of the periods the days touch (`period`, by default the one for the store's size;
 * `leaders` a period, by default the period's, or twice the rows wanted, then more on each of its
 * tries); null when the bound cannot rule out the others (then sum them all).
 * `where` filters the actors (`ac`); `place`, when given, keeps only the actors after it.
 */
export async function leadersOfDays(db: Queryable, filter: EntityFilter, where: Where, place: Place | null, size: number, skip: number, options: { period?: Period; leaders?: number } = {}): Promise<Row[] | null> {
  const period = options.period ?? periodFor(await storeArticles(db));
  const touched = span(period, filter.from, filter.to);
  if (touched === null || touched > period.most) return null;
  if (options.leaders !== undefined) return pageOfLeaders(db, period, filter, where, place, size, skip, options.leaders);
  // Twice the rows wanted at least: the bound is the period's K-th count, which a page's rows must beat.
  const k = Math.max(period.leaders, 2 * (skip + size));
  for (const times of period.tries) {
    const rows = await pageOfLeaders(db, period, filter, where, place, size, skip, k * times);
    if (rows !== null) return rows;
  }
  return null;
}

// The page from each period's first `k` actors; null when they do not rule out the others.
async function pageOfLeaders(db: Queryable, period: Period, filter: EntityFilter, where: Where, place: Place | null, size: number, skip: number, k: number): Promise<Row[] | null> {
  const from = filter.from?.slice(0, 10) ?? '';
  const to = filter.to?.slice(0, 10) ?? '';
  const wanted = skip + size;
  // The limits written into the statement for a first page (whole numbers of the code's; past it bound,
  // not to make a statement of each offset): bound, the planner costed a generic plan for a tenth of the
  // rows and planned the statement afresh at every run (its custom plan kept at 1,000,000 articles).
  const limit = (n: number): { sql: string; params: number[] } => (skip === 0 && Number.isInteger(n) ? { sql: `LIMIT ${n}`, params: [] } : { sql: 'LIMIT ?', params: [n] });
  const [leaders, page] = [limit(k), limit(wanted)];
  const { table, column } = period;
  const after = place === null ? { sql: '', params: [] } : { sql: 'HAVING (SUM(d.articles) < ? OR (SUM(d.articles) = ? AND d.actor_id > ?))', params: [place.articles, place.articles, place.id] };
  // The periods are those stored between the days' (found by index, one step a period), not the
  // calendar's: a day is in the range exactly when its period is. Each actor is read by its id, of the
  // page only when no filter is on the actors (joined, the planner hashed the whole actors table for
  // the 400 leaders of a 30,000-article store).
  const sql = `WITH RECURSIVE ps(period) AS (
      SELECT MIN(${column}) FROM ${table} WHERE ${column} >= ?
      UNION ALL
      SELECT (SELECT MIN(p.${column}) FROM ${table} p WHERE p.${column} > ps.period) FROM ps WHERE ps.period < ?),
    lead AS (SELECT ps.period, t.actor_id, t.articles FROM ps CROSS JOIN LATERAL
      (SELECT p.actor_id, p.articles FROM ${table} p WHERE p.${column} = ps.period ORDER BY p.articles DESC, p.actor_id ${leaders.sql}) t
      WHERE ps.period IS NOT NULL AND ps.period <= ?),
    bound AS (SELECT COALESCE(SUM(v), 0) AS n FROM (SELECT CASE WHEN COUNT(*) >= ? THEN MIN(articles) ELSE 0 END AS v FROM lead GROUP BY period) b),
    sums AS (SELECT d.actor_id, SUM(d.articles) AS n_articles, SUM(d.mentions) AS n_mentions, SUM(d.quotes) AS n_quotes
      FROM actor_days d WHERE d.actor_id IN (SELECT actor_id FROM lead) AND d.day >= ? AND d.day <= ? GROUP BY d.actor_id ${after.sql})
    SELECT ${actorColumns('ac', 'ac_')}, t.n_articles, t.n_mentions, t.n_quotes, (SELECT n FROM bound) AS bound
    FROM ${where.parts.length === 0 ? `(SELECT * FROM sums ORDER BY n_articles DESC, actor_id ${page.sql}) t` : 'sums t'}
    CROSS JOIN LATERAL (SELECT ac.* FROM actors ac WHERE ac.id = t.actor_id ${where.parts.map((part) => `AND ${part}`).join(' ')} LIMIT 1) ac
    ORDER BY t.n_articles DESC, ac.id ${page.sql}`;
  const params = [period.of(from), period.of(to), ...leaders.params, period.of(to), k, from, to, ...after.params, ...(where.parts.length === 0 ? page.params : where.params), ...page.params];
  const rows = await db.query(sql, params);
  const bound = num(rows[0]?.['bound'] ?? NaN);
  const last = rows[wanted - 1];
  // Exact when the page's last row beats every actor left out, or when no period had more actors than were read.
  const exact = last !== undefined ? num(last['n_articles']) > bound : bound === 0;
  return exact ? rows.slice(skip) : null;
}
