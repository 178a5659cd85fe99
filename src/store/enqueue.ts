/**
 * Distributed ingest, the enqueueing side: articles read here go to the store's PostgreSQL queue as
 * jobs of a few dozen, for `onrecord work` to extract and store anywhere. Articles already stored
 * unchanged are not enqueued; unreadable ones are reported here, since no worker could do better.
 */
import type { IngestedArticle } from '../ingest/article.js';
import { articleKey, contentHash } from './identity.js';
import { enqueue, openQueue } from './postgres/queue.js';
import type { PostgresStore } from './postgres/store.js';

/** Articles per job by default: enough that a job's transaction costs little, few enough to spread. */
export const JOB_SIZE = 64;

/** What happened to one article read: enqueued, already stored unchanged, or not readable. */
export type EnqueueEvent = { kind: 'enqueued' | 'unchanged'; article: IngestedArticle } | { kind: 'failed'; article: IngestedArticle };

// The article's key and hash as ingest computes them (an id made from a line number is no id).
function identity(article: IngestedArticle): { key: string; hash: string } {
  const { id, ...rest } = article.input;
  const input = article.madeId === true ? rest : { ...rest, id };
  return { key: articleKey(input), hash: contentHash(input) };
}

/** Enqueues `articles` into the queue of the store at `url`, a job per `jobSize`; yields one event per article, in input order once its job is in. */
export async function* enqueueArticles(url: string, store: PostgresStore, articles: AsyncIterable<IngestedArticle>, jobSize = JOB_SIZE): AsyncGenerator<EnqueueEvent> {
  const queue = await openQueue(url);
  try {
    let batch: IngestedArticle[] = [];
    const flush = async function* (): AsyncGenerator<EnqueueEvent> {
      const readable = batch.filter((article) => article.readable);
      const keys = readable.map(identity);
      const stored = await store.hashes(keys.map((k) => k.key));
      const fresh = readable.filter((_, i) => stored.get(keys[i]?.key ?? '') !== keys[i]?.hash);
      if (fresh.length > 0) await enqueue(queue, [fresh]);
      const freshSet = new Set(fresh);
      for (const article of batch) yield { kind: !article.readable ? 'failed' : freshSet.has(article) ? 'enqueued' : 'unchanged', article };
      batch = [];
    };
    for await (const article of articles) {
      batch.push(article);
      if (batch.length >= jobSize) yield* flush();
    }
    yield* flush();
  } finally {
    await queue.close();
  }
}
