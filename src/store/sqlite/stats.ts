/**
 * The dashboard's counts from SQLite, read from what the writer keeps summed (quote_genders, the
 * actors' and articles' counters) or from covering indexes — never the quotes' rows themselves — so
 * that the page stays fast on a large store.
 */
import type Database from 'better-sqlite3';
import { labelCounts, topSources, UNKNOWN_GENDER, withUnknownType } from '../sql/stats.js';
import type { StoreStats } from '../store.js';
import { prepare } from './statements.js';

type Row = Record<string, unknown>;

/** A quote's speaker gender as the summary counts it (`q` the quote, `en` its speaker's entity, joined left). */
export const QUOTE_GENDER_SQL = `COALESCE(json_extract(en.extra, '$.gender'), '${UNKNOWN_GENDER}')`;

/** The dashboard's counts of the store. */
export function storeStats(db: Database.Database): StoreStats {
  const total = Number(prepare(db, "SELECT n FROM store_totals WHERE name = 'quotes'").pluck().get() ?? 0);
  const byType = labelCounts(prepare(db, 'SELECT ac.type AS label, SUM(ac.quotes) AS n FROM actors ac WHERE ac.quotes > 0 GROUP BY ac.type ORDER BY n DESC, label').all() as Row[]);
  // articles_source_quotes holds each article's source (without regard to case) and count of quotes, in the source's order.
  const sources = labelCounts(prepare(db, "SELECT COALESCE(MIN(source COLLATE BINARY), '') AS label, SUM(quotes) AS n FROM articles INDEXED BY articles_source_quotes GROUP BY source HAVING n > 0 ORDER BY n DESC, label").all() as Row[]);
  return {
    // Kept by the writer per gender (migration 10): joining every quote with its speaker took seconds at 100,000 articles.
    quotesByGender: labelCounts(prepare(db, 'SELECT gender AS label, quotes AS n FROM quote_genders WHERE quotes > 0 ORDER BY n DESC, label').all() as Row[]),
    quotesByType: withUnknownType(byType, total),
    quotesBySource: topSources(sources),
    // Each article's count of quotes, summed by month from articles_page.
    quotesByMonth: labelCounts(prepare(db, "SELECT substr(day, 1, 7) AS label, SUM(quotes) AS n FROM articles INDEXED BY articles_page WHERE day IS NOT NULL AND day <> '' GROUP BY label HAVING n > 0 ORDER BY label").all() as Row[]),
    mostQuoted: (prepare(db, "SELECT key, name AS label, quotes AS n FROM actors WHERE type = 'person' AND quotes > 0 ORDER BY quotes DESC, id LIMIT 20").all() as Row[]).map((row) => ({
      key: String(row['key']),
      label: String(row['label']),
      count: Number(row['n']),
    })),
    eventsByMonth: (prepare(db, "SELECT substr(day, 1, 7) AS month, upper(code) AS code, COUNT(*) AS n FROM events WHERE day IS NOT NULL AND day <> '' GROUP BY month, upper(code) ORDER BY month, code").all() as Row[]).map((row) => ({
      month: String(row['month']),
      code: String(row['code']),
      count: Number(row['n']),
    })),
  };
}
