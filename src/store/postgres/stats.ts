/**
 * The dashboard's counts from PostgreSQL, as SQLite's stats.ts gives them: from what the writer keeps
 * summed (quote_genders, quote_types, quote_months, source_quotes, event_months, the actors' counters).
 */
import { labelCounts, topSources, UNKNOWN_GENDER, withUnknownType } from '../sql/stats.js';
import type { StoreStats } from '../store.js';
import type { Queryable } from './db.js';

/** A quote's speaker gender as the summary counts it (`q` the quote, `en` its speaker's entity, joined left). */
export const PG_QUOTE_GENDER_SQL = `COALESCE(en.extra::jsonb ->> 'gender', '${UNKNOWN_GENDER}')`;

/** The dashboard's counts of the store; labels of equal counts in SQLite's (bytewise) order. */
export async function pgStoreStats(db: Queryable): Promise<StoreStats> {
  const [total] = await db.query("SELECT n FROM store_totals WHERE name = 'quotes'");
  // Kept by the writer per type (migration 11): summed from the actors, it read the whole table.
  const byType = labelCounts(await db.query('SELECT type AS label, quotes AS n FROM quote_types WHERE quotes > 0 ORDER BY n DESC, type COLLATE "C"'));
  const sources = labelCounts(
    await db.query(`SELECT COALESCE(MIN(source COLLATE "C"), '') AS label, SUM(quotes) AS n FROM source_quotes GROUP BY lower(source)
      HAVING SUM(quotes) > 0 ORDER BY n DESC, label`),
  );
  // Both kept by the writer (migration 6), as the months are.
  const events = await db.query('SELECT month, code, events AS n FROM event_months WHERE events > 0 ORDER BY month COLLATE "C", code COLLATE "C"');
  const quoted = await db.query("SELECT key, name AS label, quotes AS n FROM actors WHERE type = 'person' AND quotes > 0 ORDER BY quotes DESC, id LIMIT 20");
  return {
    quotesByGender: labelCounts(await db.query('SELECT gender AS label, quotes AS n FROM quote_genders WHERE quotes > 0 ORDER BY n DESC, gender COLLATE "C"')),
    quotesByType: withUnknownType(byType, Number(total?.['n'] ?? 0)),
    quotesBySource: topSources(sources),
    // Kept by the writer per month (migration 5), as the genders are.
    quotesByMonth: labelCounts(await db.query('SELECT month AS label, quotes AS n FROM quote_months WHERE quotes > 0 ORDER BY month COLLATE "C"')),
    mostQuoted: quoted.map((row) => ({ key: String(row['key']), label: String(row['label']), count: Number(row['n']) })),
    eventsByMonth: events.map((row) => ({ month: String(row['month']), code: String(row['code']), count: Number(row['n']) })),
  };
}
