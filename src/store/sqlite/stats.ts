/**
 * The dashboard's counts from SQLite, read from what the writer keeps summed (quote_genders,
 * quote_months, source_quotes, event_months, the actors' counters) — never the articles', quotes' or
 * events' rows themselves — so that the page costs the same on a store of any size.
 */
import type Database from 'better-sqlite3';
import { labelCounts, topSources, UNKNOWN_GENDER, withUnknownType } from '../sql/stats.js';
import type { StoreStats } from '../store.js';
import { prepare } from './statements.js';

type Row = Record<string, unknown>;

/** A quote's speaker gender as the summary counts it (`q` the quote, `en` its speaker's entity, joined left). */
export const QUOTE_GENDER_SQL = `COALESCE(json_extract(en.extra, '$.gender'), '${UNKNOWN_GENDER}')`;

/**
 * The statements behind the dashboard, each reading a summary the writer keeps (migrations 10 and 11) or
 * actors_quoted: none reads an article, a quote or an event.
 */
export const STATS_SQL = {
  total: "SELECT n FROM store_totals WHERE name = 'quotes'",
  byType: 'SELECT ac.type AS label, SUM(ac.quotes) AS n FROM actors ac INDEXED BY actors_quoted WHERE ac.quotes > 0 GROUP BY ac.type ORDER BY n DESC, label',
  // One source whatever its case (SQLite's NOCASE), named by the first of its spellings in byte order.
  bySource: "SELECT COALESCE(MIN(source), '') AS label, SUM(quotes) AS n FROM source_quotes GROUP BY source COLLATE NOCASE HAVING n > 0 ORDER BY n DESC, label",
  byGender: 'SELECT gender AS label, quotes AS n FROM quote_genders WHERE quotes > 0 ORDER BY n DESC, label',
  byMonth: 'SELECT month AS label, quotes AS n FROM quote_months WHERE quotes > 0 ORDER BY month',
  mostQuoted: "SELECT key, name AS label, quotes AS n FROM actors INDEXED BY actors_quoted WHERE type = 'person' AND quotes > 0 ORDER BY quotes DESC, id LIMIT 20",
  eventsByMonth: 'SELECT month, code, events AS n FROM event_months WHERE events > 0 ORDER BY month, code',
} as const;

/** The dashboard's counts of the store. */
export function storeStats(db: Database.Database): StoreStats {
  const all = (sql: string): Row[] => prepare(db, sql).all() as Row[];
  const total = Number(prepare(db, STATS_SQL.total).pluck().get() ?? 0);
  return {
    quotesByGender: labelCounts(all(STATS_SQL.byGender)),
    quotesByType: withUnknownType(labelCounts(all(STATS_SQL.byType)), total),
    quotesBySource: topSources(labelCounts(all(STATS_SQL.bySource))),
    quotesByMonth: labelCounts(all(STATS_SQL.byMonth)),
    mostQuoted: all(STATS_SQL.mostQuoted).map((row) => ({ key: String(row['key']), label: String(row['label']), count: Number(row['n']) })),
    eventsByMonth: all(STATS_SQL.eventsByMonth).map((row) => ({ month: String(row['month']), code: String(row['code']), count: Number(row['n']) })),
  };
}
