/**
 * The key of a quote in the full-text index: its article's day, then its row id, in one integer
 * (`day index × 2³² + quote id`). Searching in key order, newest first, reads the matches already in
 * the order of the answer, so a search stops after its first page, and a day range is a key range.
 * The day index counts days from 0000-01-01 (1 for that day; 0 for no day, which sorts last); the
 * key stays below 2⁵³, so JavaScript numbers hold it exactly.
 */

/** Quote ids below this fit in the key. */
export const QUOTE_ID_SPAN = 2 ** 32;
/** The largest day index (year 5741 or so): later days share it. */
const MAX_DAY_INDEX = 2 ** 21 - 1;
// julianday('0000-01-01'): the day before day index 1.
const DAY_ZERO = 1721059.5;

/**
 * The SQL of a day's index, `day` being a SQL expression holding YYYY-MM-DD or NULL. Migration 4
 * holds a copy of this expression: a change here needs a migration that rebuilds the index.
 */
export function dayIndexSql(day: string): string {
  return `(CASE WHEN ${day} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND julianday(${day}) IS NOT NULL
    THEN MIN(${MAX_DAY_INDEX}, MAX(1, CAST(julianday(${day}) - ${DAY_ZERO} AS INTEGER) + 1)) ELSE 0 END)`;
}

/** The SQL of a quote's key from SQL expressions for its day and its id. */
export function searchKeySql(day: string, id: string): string {
  return `(${dayIndexSql(day)} * ${QUOTE_ID_SPAN} + ${id})`;
}

const DAY_MS = 86_400_000;
const YEAR_ZERO = Date.parse('0000-01-01T00:00:00Z');

/** The day index of a calendar day (see `isCalendarDay`), as `dayIndexSql` computes it. */
export function dayIndex(day: string): number {
  const index = Math.round((Date.parse(`${day}T00:00:00Z`) - YEAR_ZERO) / DAY_MS) + 1;
  return Math.min(MAX_DAY_INDEX, Math.max(1, index));
}

/** True for a real calendar day written YYYY-MM-DD: only those bound a key range. */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}
