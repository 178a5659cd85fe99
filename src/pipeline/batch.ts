/**
 * The batch runner: extracts a stream of articles on worker threads and yields their records in
 * input order, reading ahead only a bounded window so memory stays flat however long the stream.
 */
import { availableParallelism } from 'node:os';
import type { ArticleRecord, MessageRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import type { ExtractOptions } from './extract.js';
import { emptyRecord, extractJob, renderRecord, type ArticleJob, type Extractor, type IdentifiedArticle, type RenderedRecord } from './guarded.js';
import { applyJitFlags, jitFlagsRequested } from './jit.js';
import { createWorkerPool, type BatchProcessor } from './worker-pool.js';

/** How to run a batch. */
export interface BatchOptions {
  /** Worker threads; 0 extracts in this thread. Default: the number of cores. */
  workers?: number;
  /** Articles sent to a worker in one message. */
  batchSize?: number;
  /** A batch is sent early once its texts reach this many characters. */
  batchChars?: number;
  /** Batches read ahead of the one being output. Default: four per worker, plus `lead`'s worth. */
  window?: number;
  /**
   * Articles the consumer may hold before it reads on (a store's transaction): the default window
   * grows by that many articles, so workers keep extracting meanwhile. Default 0.
   */
  lead?: number;
  /** Passed on to `extract`. */
  maxChars?: number;
  /** URL of a module whose `extract` export is used instead of onrecord's own (same signature). */
  module?: string;
  /** Milliseconds a worker may take to load the extractor before the run fails. Default: two minutes. */
  startupMs?: number;
}

/** Articles per message to a worker by default: enough to make messaging cheap, few enough to balance. */
export const DEFAULT_BATCH_SIZE = 16;
const DEFAULT_BATCH_CHARS = 256_000;

type Item = IngestedArticle | IdentifiedArticle;

function asIngested(item: Item): IngestedArticle {
  return 'input' in item ? item : { input: item, origin: item.id, messages: [], readable: true };
}

async function* batches(items: AsyncIterable<Item> | Iterable<Item>, size: number, chars: number): AsyncGenerator<IngestedArticle[]> {
  let batch: IngestedArticle[] = [];
  let length = 0;
  for await (const item of items) {
    const article = asIngested(item);
    batch.push(article);
    length += article.input.text.length;
    if (batch.length >= size || length >= chars) {
      yield batch;
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

// What a batch yields: records, or records written as JSON (made where they are extracted, which
// saves sending objects between threads).
interface Finish<T> {
  rendered: boolean;
  finish: (record: ArticleRecord) => T;
}

const AS_RECORDS: Finish<ArticleRecord> = { rendered: false, finish: (record) => record };
const AS_JSON: Finish<RenderedRecord> = { rendered: true, finish: renderRecord };

// The extractor is loaded with the first batch to extract: a run where every article is skipped
// (already stored, say) never loads the language models.
function inProcess<T>(load: () => Promise<Extractor>, options: ExtractOptions, finish: Finish<T>): BatchProcessor<T> {
  let loading: Promise<Extractor> | undefined;
  return {
    run: async (articles) => {
      loading ??= load();
      const extractor = await loading;
      return articles.map((article) => finish.finish(extractJob(extractor, article, options)));
    },
    close: () => Promise.resolve(),
  };
}

async function loadExtractor(module: string | undefined): Promise<Extractor> {
  // Loaded only when extracting in this thread: with workers, this thread never needs the models.
  // Our own module is named literally, so the command line's bundle carries it.
  applyJitFlags();
  const loaded: Record<string, unknown> = module === undefined ? await import('./extract.js') : await import(module);
  const candidate = loaded['extract'];
  if (typeof candidate !== 'function') throw new Error(`Batch runner: module ${module ?? './extract.js'} exports no function "extract"`);
  return candidate as Extractor;
}

// Unreadable articles skip extraction; read-time findings go before the extractor's messages.
async function runBatch<T>(processor: BatchProcessor<T>, batch: IngestedArticle[], finish: Finish<T>): Promise<T[]> {
  const readable: ArticleJob[] = batch.filter((article) => article.readable).map((article) => ({ input: article.input, messages: article.messages }));
  const results = readable.length > 0 ? await processor.run(readable) : [];
  let next = 0;
  return batch.map((article) => {
    if (!article.readable) return finish.finish(emptyRecord(article.input, article.messages));
    const result = results[next++];
    if (result === undefined) throw new Error(`Batch runner: no record came back for article ${article.input.id}`);
    return result;
  });
}

async function* runAll<T>(items: AsyncIterable<Item> | Iterable<Item>, options: BatchOptions, finish: Finish<T>): AsyncGenerator<T> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`Batch runner: workers must be a whole number ≥ 0, got ${workers}`);
  const setup = { module: options.module ?? null, maxChars: options.maxChars ?? null, rendered: finish.rendered, jit: jitFlagsRequested() };
  const extractOptions: ExtractOptions = options.maxChars === undefined ? {} : { maxChars: options.maxChars };
  const failed = (article: ArticleJob, message: MessageRecord): T => finish.finish(emptyRecord(article.input, [...article.messages, message]));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // While the consumer holds its lead (a transaction being written), the workers have that much queued.
  const depth = 2 + Math.ceil((options.lead ?? 0) / batchSize / Math.max(1, workers));
  const processor = workers === 0 ? inProcess(() => loadExtractor(options.module), extractOptions, finish) : createWorkerPool(workers, setup, failed, depth, options.startupMs);
  const window = Math.max(1, options.window ?? Math.max(2, workers * 4) + Math.ceil((options.lead ?? 0) / batchSize));
  const source = batches(items, batchSize, options.batchChars ?? DEFAULT_BATCH_CHARS);
  const queue: Array<Promise<T[]>> = [];
  try {
    let exhausted = false;
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else {
          const result = runBatch(processor, next.value, finish);
          // Awaited in turn below; this only keeps a failure from counting as unhandled meanwhile.
          result.catch(() => undefined);
          queue.push(result);
        }
      }
      const head = queue.shift();
      if (!head) return;
      yield* await head;
    }
  } finally {
    await source.return(undefined);
    await processor.close();
  }
}

/**
 * Extracts every article of `items` and yields the records in the same order. An article whose
 * extraction throws (or whose worker dies) gets an error record; the batch goes on. Throws only
 * for a broken setup, such as a worker that cannot start.
 */
export function extractAll(items: AsyncIterable<Item> | Iterable<Item>, options: BatchOptions = {}): AsyncGenerator<ArticleRecord> {
  return runAll(items, options, AS_RECORDS);
}

/** As `extractAll`, but yields each record written as JSON, with its id and errors: cheaper for output. */
export function extractRendered(items: AsyncIterable<Item> | Iterable<Item>, options: BatchOptions = {}): AsyncGenerator<RenderedRecord> {
  return runAll(items, options, AS_JSON);
}
