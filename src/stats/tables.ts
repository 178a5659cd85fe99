/**
 * The store's counts as named tables: what the dashboard draws and `onrecord stats` prints, with the
 * same columns in both and in their CSV.
 */
import type { StoreStats } from '../store/store.js';
import { csvLine } from '../cli/table.js';

/** A table of counts: by label (two columns), or by month and series (three: month, series, count). */
export interface StatsTable {
  name: string;
  title: string;
  columns: string[];
  rows: Array<Array<string | number>>;
  /** Set when the table is over time with several series (rows: month, series, count). */
  series?: true;
  /** Actor keys of the first column's labels, for links. */
  links?: Record<string, string>;
  /** What to say when there are no rows. */
  empty: string;
}

/** Categories drawn as their own line; the others are summed as "other". */
export const TOP_CODES = 7;

function eventsByMonth(stats: StoreStats): StatsTable['rows'] {
  const totals = new Map<string, number>();
  for (const row of stats.eventsByMonth) totals.set(row.code, (totals.get(row.code) ?? 0) + row.count);
  const kept = new Set([...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_CODES).map(([code]) => code));
  const rows = new Map<string, number>();
  for (const row of stats.eventsByMonth) {
    const key = `${row.month}\u0000${kept.has(row.code) ? row.code : 'other'}`;
    rows.set(key, (rows.get(key) ?? 0) + row.count);
  }
  return [...rows.entries()].map(([key, count]) => [...(key.split('\u0000') as [string, string]), count]);
}

/** The tables of the store's counts, in the dashboard's order. */
export function statsTables(stats: StoreStats): StatsTable[] {
  const pairs = (rows: ReadonlyArray<{ label: string; count: number }>): StatsTable['rows'] => rows.map((row) => [row.label, row.count]);
  return [
    {
      name: 'quotes-by-gender',
      title: 'Quotes by speaker gender',
      columns: ['gender', 'quotes'],
      rows: pairs(stats.quotesByGender ?? []),
      empty: stats.quotesByGender === null ? 'This store does not keep speaker gender: ingest again with a version that does.' : 'No quotes.',
    },
    { name: 'quotes-by-type', title: 'Quotes by kind of speaker', columns: ['speaker type', 'quotes'], rows: pairs(stats.quotesByType), empty: 'No quotes.' },
    { name: 'quotes-by-source', title: 'Quotes by outlet', columns: ['source', 'quotes'], rows: pairs(stats.quotesBySource), empty: 'No quotes.' },
    {
      name: 'quotes-by-month',
      title: 'Quotes per month',
      columns: ['month', 'series', 'quotes'],
      rows: stats.quotesByMonth.map((row) => [row.label, 'quotes', row.count]),
      series: true,
      empty: 'No dated quotes.',
    },
    {
      name: 'most-quoted',
      title: 'The people quoted most',
      columns: ['person', 'quotes'],
      rows: pairs(stats.mostQuoted),
      links: Object.fromEntries(stats.mostQuoted.map((row) => [row.label, row.key])),
      empty: 'No quoted person.',
    },
    { name: 'events-by-month', title: 'Events per month by category', columns: ['month', 'category', 'events'], rows: eventsByMonth(stats), series: true, empty: 'No dated events.' },
  ];
}

/** A table as CSV, its columns as the header. */
export function tableCsv(table: StatsTable): string {
  return csvLine(table.columns) + table.rows.map((row) => csvLine(row.map(String))).join('');
}
