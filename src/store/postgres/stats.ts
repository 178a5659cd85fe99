/**
 * The dashboard's counts from PostgreSQL, as SQLite's stats.ts gives them: from what the writer keeps
 * summed (quote_genders, quote_types, quote_months, source_quotes, event_months, the actors' counters),
 * read by one statement.
 */
import { labelCounts, topSources, UNKNOWN_GENDER, withUnknownType } from '../sql/stats.js';
import type { StoreStats } from '../store.js';
import type { Row } from '../sql/rows.js';
import type { Queryable } from './db.js';

/** A quote's speaker gender as the summary counts it (`q` the quote, `en` its speaker's entity, joined left). */
export const PG_QUOTE_GENDER_SQL = `COALESCE(en.extra::jsonb ->> 'gender', '${UNKNOWN_GENDER}')`;

// Each list as one JSON array of its rows, in its order: the seven lists were seven statements, each a
// turn in the queue of a loaded server (the dashboard's p99 at 50 clients was seven waits).
const list = (sql: string): string => `(SELECT COALESCE(json_agg(row_to_json(t)), '[]') FROM (${sql}) t)`;

// Labels of equal counts in SQLite's (bytewise) order.
const STATS_SQL = `SELECT
  (SELECT n FROM store_totals WHERE name = 'quotes') AS total,
  ${list('SELECT type AS label, quotes AS n FROM quote_types WHERE quotes > 0 ORDER BY n DESC, type COLLATE "C"')} AS types,
  ${list(`SELECT COALESCE(MIN(source COLLATE "C"), '') AS label, SUM(quotes) AS n FROM source_quotes GROUP BY lower(source)
      HAVING SUM(quotes) > 0 ORDER BY n DESC, label`)} AS sources,
  ${list('SELECT month, code, events AS n FROM event_months WHERE events > 0 ORDER BY month COLLATE "C", code COLLATE "C"')} AS events,
  ${list("SELECT key, name AS label, quotes AS n FROM actors WHERE type = 'person' AND quotes > 0 ORDER BY quotes DESC, id LIMIT 20")} AS quoted,
  ${list('SELECT gender AS label, quotes AS n FROM quote_genders WHERE quotes > 0 ORDER BY n DESC, gender COLLATE "C"')} AS genders,
  ${list('SELECT month AS label, quotes AS n FROM quote_months WHERE quotes > 0 ORDER BY month COLLATE "C"')} AS months`;

// A list's rows, parsed by the driver from JSON.
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** The dashboard's counts of the store, in one statement. */
export async function pgStoreStats(db: Queryable): Promise<StoreStats> {
  const [row = {}] = await db.query(STATS_SQL);
  return {
    quotesByGender: labelCounts(rows(row['genders'])),
    // Kept by the writer per type (migration 11): summed from the actors, it read the whole table.
    quotesByType: withUnknownType(labelCounts(rows(row['types'])), Number(row['total'] ?? 0)),
    quotesBySource: topSources(labelCounts(rows(row['sources']))),
    // Kept by the writer per month (migration 5), as the genders are.
    quotesByMonth: labelCounts(rows(row['months'])),
    mostQuoted: rows(row['quoted']).map((r) => ({ key: String(r['key']), label: String(r['label']), count: Number(r['n']) })),
    // Kept by the writer (migration 6), as the sources are.
    eventsByMonth: rows(row['events']).map((r) => ({ month: String(r['month']), code: String(r['code']), count: Number(r['n']) })),
  };
}
