/**
 * Moving a store to another (SQLite to PostgreSQL and back): every article as stored, key and hash
 * kept, in the order first stored, a transaction per batch; then both are checked alike — their
 * counts, and a SHA-256 over every record each gives back.
 */
import { createHash } from 'node:crypto';
import type { Store, StoreCounts, StoredArticle } from './store.js';

/** What a copy did and found. */
export interface CopyReport {
  /** Articles by what `put` did with them in the target. */
  outcomes: Record<'stored' | 'republished' | 'replaced' | 'unchanged' | 'failed', number>;
  from: { counts: StoreCounts; checksum: string };
  to: { counts: StoreCounts; checksum: string };
  /** The target holds what the source holds: same counts and same checksum. */
  same: boolean;
}

const COPY_BATCH = 256;

/** The SHA-256 of every record a store gives back, in order: two stores holding the same records have the same. */
export async function recordsChecksum(store: Store): Promise<string> {
  const hash = createHash('sha256');
  for await (const record of store.records()) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('hex');
}

// A store's counts, then its checksum: one question at a time, so that a PostgreSQL store answers on
// the connection it already holds (asked at once, it opened another after the copy, which under load
// could wait past the connect timeout).
async function checked(store: Store): Promise<{ counts: StoreCounts; checksum: string }> {
  const counts = await store.counts();
  return { counts, checksum: await recordsChecksum(store) };
}

/** Copies every article of `from` into `to`; `onBatch` is told how many have been copied so far. */
export async function copyStore(from: Store, to: Store, onBatch?: (copied: number) => void): Promise<CopyReport> {
  const outcomes: CopyReport['outcomes'] = { stored: 0, republished: 0, replaced: 0, unchanged: 0, failed: 0 };
  let batch: StoredArticle[] = [];
  let copied = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    for (const outcome of await to.put(batch)) outcomes[typeof outcome === 'object' ? 'failed' : outcome] += 1;
    copied += batch.length;
    batch = [];
    onBatch?.(copied);
  };
  for await (const entry of from.entries()) {
    batch.push(entry);
    if (batch.length >= COPY_BATCH) await flush();
  }
  await flush();
  const [there, here] = await Promise.all([checked(from), checked(to)]);
  const same = JSON.stringify(there.counts) === JSON.stringify(here.counts) && there.checksum === here.checksum;
  return { outcomes, from: there, to: here, same };
}
