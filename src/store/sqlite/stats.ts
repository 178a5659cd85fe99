/**
 * The dashboard's counts from SQLite, read from what the writer keeps summed (actor_days, the article
 * counters, the interactions of actors) or from covering indexes — never the quotes' rows themselves —
 * so that the page stays fast on a large store.
 */
import type Database from 'better-sqlite3';
import type { LabelCount, StoreStats } from '../store.js';
import { prepare } from './statements.js';

type Row = Record<string, unknown>;

const counts = (rows: Row[]): LabelCount[] => rows.map((row) => ({ label: String(row['label'] ?? ''), count: Number(row['n']) }));

/** Sources shown one by one on the dashboard; the others are summed. */
export const TOP_SOURCES = 20;

/** The dashboard's counts of the store. */
export function storeStats(db: Database.Database): StoreStats {
  const total = Number(prepare(db, "SELECT n FROM store_totals WHERE name = 'quotes'").pluck().get() ?? 0);
  const byType = counts(prepare(db, 'SELECT ac.type AS label, SUM(ac.quotes) AS n FROM actors ac WHERE ac.quotes > 0 GROUP BY ac.type ORDER BY n DESC').all() as Row[]);
  const typed = byType.reduce((sum, row) => sum + row.count, 0);
  // articles_page holds each article's source, day and count of quotes: read instead of the articles' rows.
  const sources = counts(prepare(db, "SELECT COALESCE(source, '') AS label, SUM(quotes) AS n FROM articles INDEXED BY articles_page GROUP BY source COLLATE NOCASE HAVING n > 0 ORDER BY n DESC, label").all() as Row[]);
  const top = sources.slice(0, TOP_SOURCES).map((row) => (row.label === '' ? { ...row, label: 'no source' } : row));
  const rest = sources.slice(TOP_SOURCES).reduce((sum, row) => sum + row.count, 0);
  return {
    // The speaker's gender is on its entity (kept in the entity's extra JSON): each quote joined with it.
    quotesByGender: counts(
      prepare(
        db,
        `SELECT COALESCE(json_extract(en.extra, '$.gender'), 'unknown') AS label, COUNT(*) AS n FROM quotes q
         LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker_entity
         WHERE q.layer = 'quote' GROUP BY label ORDER BY n DESC`,
      ).all() as Row[],
    ),
    quotesByType: [...byType, ...(total > typed ? [{ label: 'unknown', count: total - typed }] : [])],
    quotesBySource: [...top, ...(rest > 0 ? [{ label: 'other sources', count: rest }] : [])],
    // Each article's count of quotes, summed by month from articles_page.
    quotesByMonth: counts(prepare(db, "SELECT substr(day, 1, 7) AS label, SUM(quotes) AS n FROM articles INDEXED BY articles_page WHERE day IS NOT NULL AND day <> '' GROUP BY label HAVING n > 0 ORDER BY label").all() as Row[]),
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
