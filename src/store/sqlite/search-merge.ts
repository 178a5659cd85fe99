/**
 * Keeps the full-text index in few segments. FTS5 writes each transaction's terms as a new segment and,
 * by default, merges a level only once it holds four: the 100,000-article bench store's index was in
 * 22 segments, and a search reads every segment's list for each word (newest first, a whole list's walk
 * per segment) — a one-word search's first page cost ~100 µs of CPU, ~15 µs once merged. With
 * `usermerge` 2 (set by migration 15) a `merge` step merges any two segments of a level, so a writer
 * that steps after each batch keeps about one segment per level, as a binary counter: each posting is
 * rewritten about once per level, a few times over the store's life, not at every ingest as `optimize`
 * (the whole index rewritten, 2.7 s on that store) would be.
 */
import type Database from 'better-sqlite3';

/** Pages of the index one merge step writes, about: a step is a short piece of work. */
const STEP_PAGES = 256;
/** Merge steps a writer takes after each batch: far more than a batch writes, so merging keeps up. */
export const BATCH_MERGE_STEPS = 16;

/** The SQL that lets a merge step merge as few as two segments of a level (migration 15 runs it once). */
export const TWO_PER_LEVEL_SQL = "INSERT INTO quote_search (quote_search, rank) VALUES ('usermerge', 2);";

/**
 * Takes up to `steps` merge steps of the quote search index, stopping early when a step finds nothing
 * to merge (FTS5 then changes fewer than two rows); gives the steps that merged.
 */
export function mergeSearchIndex(db: Database.Database, steps: number): number {
  const merge = db.prepare(`INSERT INTO quote_search (quote_search, rank) VALUES ('merge', ${STEP_PAGES})`);
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  let merged = 0;
  for (; merged < steps; merged++) {
    const before = changes.get() ?? 0;
    merge.run();
    if ((changes.get() ?? 0) - before < 2) break;
  }
  return merged;
}

/** The segments of the quote search index (for tests and benches: how far a search has to read). */
export function searchSegments(db: Database.Database): number {
  return db.prepare<[], number>('SELECT COUNT(DISTINCT segid) FROM quote_search_idx').pluck().get() ?? 0;
}
