/**
 * A batch of articles put in one transaction: all of them by the batched writer in a savepoint, and
 * when one of them fails it (a value PostgreSQL refuses, two with one key), each article again in a
 * savepoint of its own, so the others are stored all the same and the failing one named.
 */
import type { PutOutcome, StoredArticle } from '../store.js';
import type { Queryable } from './db.js';
import { mergeTotals, noTotals, type Totals } from './totals.js';
import { putBatch } from './write.js';

/** Whether an error must end the transaction (the connection lost, a deadlock to run it again for): it is thrown as given back. */
export type Fatal = (error: unknown) => unknown;

// `work` in a savepoint: its result, or the failure's message once rolled back; fatal errors go on up.
async function inSavepoint<T>(tx: Queryable, fatal: Fatal, work: () => Promise<T>): Promise<T | { error: string }> {
  await tx.query('SAVEPOINT put');
  try {
    const result = await work();
    await tx.query('RELEASE SAVEPOINT put');
    return result;
  } catch (error) {
    const thrown = fatal(error);
    if (thrown !== null) throw thrown;
    await tx.query('ROLLBACK TO SAVEPOINT put');
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Stores `articles` inside the caller's transaction, their changes to the totals added to `totals`: what `put` did with each. */
export async function putAll(tx: Queryable, articles: readonly StoredArticle[], totals: Totals, fatal: Fatal): Promise<PutOutcome[]> {
  if (new Set(articles.map((item) => item.key)).size === articles.length) {
    const batch = noTotals();
    const outcomes = await inSavepoint(tx, fatal, () => putBatch(tx, articles, batch));
    if (Array.isArray(outcomes)) {
      mergeTotals(totals, batch);
      return outcomes;
    }
  }
  const outcomes: PutOutcome[] = [];
  for (const item of articles) {
    const own = noTotals();
    const done = await inSavepoint(tx, fatal, () => putBatch(tx, [item], own));
    if (Array.isArray(done)) mergeTotals(totals, own);
    outcomes.push(Array.isArray(done) ? (done[0] ?? 'unchanged') : done);
  }
  return outcomes;
}
