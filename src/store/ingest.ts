/**
 * Ingest: articles in, records stored. Articles already stored with the same content are skipped
 * before extraction; the rest are extracted on worker threads and stored a batch per transaction,
 * so a run killed at any moment leaves whole articles only, and running it again finishes the job.
 */
import type { MessageRecord } from '../doc/record.js';
import { MESSAGE_CODES } from '../doc/messages.js';
import { inputMessage, type IngestedArticle } from '../ingest/article.js';
import { looksEnglish } from '../ingest/language.js';
import { extractAll, type BatchOptions } from '../pipeline/batch.js';
import { errorsOf } from '../pipeline/guarded.js';
import { articleKey, contentHash } from './identity.js';
import type { Store, StoredArticle } from './store.js';

/** How to ingest. */
export interface IngestOptions {
  /** Worker threads for extraction (default: one per core). */
  workers?: number;
  /** Articles stored in one transaction. */
  batchSize?: number;
  /** A batch is committed at the latest this many milliseconds after its first article. */
  batchMs?: number;
  /** Skip articles that do not look English (default true). */
  englishOnly?: boolean;
  /** Passed on to the batch runner (a custom extractor module, batch sizes). */
  batch?: Omit<BatchOptions, 'workers'>;
}

/** What happened to one article. Every article read gives exactly one event, in input order. */
export type IngestEvent =
  /** `republished`: stored, as its own article, though another stored article has the same text. */
  | { kind: 'stored' | 'republished' | 'replaced' | 'unchanged'; article: IngestedArticle }
  /** Not stored: the reader or the extractor found errors, or it was not English; `messages` say why. */
  | { kind: 'failed'; article: IngestedArticle; messages: MessageRecord[] };

/** Articles per transaction by default: large enough that commits cost little, small enough to lose little. */
export const INGEST_BATCH = 256;
const INGEST_BATCH_MS = 1000;

type Plan = 'extract' | 'unchanged' | 'not-english' | 'unreadable';

interface Pending {
  article: IngestedArticle;
  key: string;
  hash: string;
  plan: Plan;
}

/** The key and content hash an article is stored under. */
export function storeIdentity(article: IngestedArticle): { key: string; hash: string } {
  // An id made up from a line number does not identify the article: its URL or text does.
  const { id, ...rest } = article.input;
  const identity = article.madeId === true ? rest : { ...rest, id };
  return { key: articleKey(identity), hash: contentHash(identity) };
}

// Decides each article's fate before extraction; only the ones to extract reach the workers readable.
async function* planned(store: Store, articles: AsyncIterable<IngestedArticle>, pending: Pending[], englishOnly: boolean): AsyncGenerator<IngestedArticle> {
  for await (const article of articles) {
    const { key, hash } = storeIdentity(article);
    let plan: Plan = 'extract';
    if (!article.readable) plan = 'unreadable';
    else if ((await store.hashes([key])).get(key) === hash) plan = 'unchanged';
    else if (englishOnly && !looksEnglish(article.input.text)) plan = 'not-english';
    pending.push({ article, key, hash, plan });
    // Articles not to extract still pass through, unreadable, so that records keep input order.
    yield plan === 'extract' ? article : { ...article, readable: false };
  }
}

function notEnglish(article: IngestedArticle): MessageRecord {
  return inputMessage('not-english', 'error', `${article.origin}: ${MESSAGE_CODES['not-english']}`);
}

/**
 * Ingests `articles` into `store`, yielding one event per article in input order. Rejects only
 * with a fatal StoreError (read-only or full database): the batch being written is then not
 * stored, and nothing after it is read.
 */
export async function* ingest(store: Store, articles: AsyncIterable<IngestedArticle>, options: IngestOptions = {}): AsyncGenerator<IngestEvent> {
  const pending: Pending[] = [];
  const batchSize = options.batchSize ?? INGEST_BATCH;
  const batchMs = options.batchMs ?? INGEST_BATCH_MS;
  // The workers read a whole transaction's worth ahead, so they keep extracting while this thread writes.
  const batchOptions: BatchOptions = { lead: batchSize, ...options.batch, ...(options.workers !== undefined && { workers: options.workers }) };
  // Events wait here until the batch holding their article is committed, so they keep input order.
  let waiting: Array<{ event: IngestEvent; item?: StoredArticle }> = [];
  let opened = 0;

  async function* commit(): AsyncGenerator<IngestEvent> {
    const items = waiting.flatMap((entry) => (entry.item ? [entry.item] : []));
    const outcomes = items.length > 0 ? await store.put(items) : [];
    let next = 0;
    for (const entry of waiting) {
      if (!entry.item) {
        yield entry.event;
        continue;
      }
      const outcome = outcomes[next++];
      const article = entry.event.article;
      if (outcome === undefined || typeof outcome === 'object') {
        const reason = outcome === undefined ? 'no outcome' : outcome.error;
        yield { kind: 'failed', article, messages: [inputMessage('store-failed', 'error', `${MESSAGE_CODES['store-failed']} (${reason})`)] };
      } else {
        yield { kind: outcome, article };
      }
    }
    waiting = [];
  }

  for await (const record of extractAll(planned(store, articles, pending, options.englishOnly ?? true), batchOptions)) {
    const entry = pending.shift();
    if (!entry) throw new Error(`Ingest: no article waiting for the record of ${record.id}`);
    const { article, plan } = entry;
    if (waiting.length === 0) opened = performance.now();
    if (plan === 'unchanged') waiting.push({ event: { kind: 'unchanged', article } });
    else if (plan === 'not-english') waiting.push({ event: { kind: 'failed', article, messages: [notEnglish(article)] } });
    else {
      const errors = errorsOf(record);
      if (errors.length > 0) waiting.push({ event: { kind: 'failed', article, messages: errors } });
      else {
        const item: StoredArticle = { key: entry.key, hash: entry.hash, record, ...(article.byline !== undefined && { byline: article.byline }) };
        waiting.push({ event: { kind: 'stored', article }, item });
      }
    }
    if (waiting.length >= batchSize || performance.now() - opened >= batchMs) yield* commit();
  }
  yield* commit();
}

