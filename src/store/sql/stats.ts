/**
 * The SQL-neutral part of the dashboard's counts: quotes by speaker gender counted from a record as the
 * writers keep them (a summary table per dialect, so the dashboard never joins every quote), and the
 * counts read by either dialect shaped into StoreStats.
 */
import type { ArticleRecord } from '../../doc/record.js';
import type { LabelCount, StoreStats } from '../store.js';

/** Sources shown one by one on the dashboard; the others are summed. */
export const TOP_SOURCES = 20;

/** The label of quotes whose speaker has no entity, or an entity of no stated gender. */
export const UNKNOWN_GENDER = 'unknown';

/**
 * The article's quotes (not attributions) by their speaker entity's gender, as the writers add them
 * to the summary: the same answer as joining each stored quote with its speaker's entity.
 */
export function quotesByGender(record: ArticleRecord): Map<string, number> {
  const genders = new Map<string, string>();
  for (const entity of record.entities) if (!genders.has(entity.id) && typeof entity.gender === 'string') genders.set(entity.id, entity.gender);
  const counts = new Map<string, number>();
  for (const quote of record.quotes) {
    const id = quote.speaker?.entityId ?? null;
    const gender = (id === null ? undefined : genders.get(id)) ?? UNKNOWN_GENDER;
    counts.set(gender, (counts.get(gender) ?? 0) + 1);
  }
  return counts;
}

/** Quotes by source, most first: the first TOP_SOURCES by name ('' is 'no source'), the rest summed as 'other sources'. */
export function topSources(sources: readonly LabelCount[]): LabelCount[] {
  const top = sources.slice(0, TOP_SOURCES).map((row) => (row.label === '' ? { ...row, label: 'no source' } : row));
  const rest = sources.slice(TOP_SOURCES).reduce((sum, row) => sum + row.count, 0);
  return [...top, ...(rest > 0 ? [{ label: 'other sources', count: rest }] : [])];
}

/** Quotes by the speaking actor's type, with those of no actor (the total less the typed ones) as 'unknown'. */
export function withUnknownType(byType: readonly LabelCount[], total: number): StoreStats['quotesByType'] {
  const typed = byType.reduce((sum, row) => sum + row.count, 0);
  return [...byType, ...(total > typed ? [{ label: 'unknown', count: total - typed }] : [])];
}

/** Rows of label and n as counts. */
export function labelCounts(rows: ReadonlyArray<Record<string, unknown>>): LabelCount[] {
  return rows.map((row) => ({ label: String(row['label'] ?? ''), count: Number(row['n']) }));
}
