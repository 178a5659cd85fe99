/**
 * The batch runner: extracts a stream of articles on worker threads and yields their records in
 * input order, reading ahead only a bounded window so memory stays flat however long the stream.
 */
import { availableParallelism } from 'node:os';
import type { ArticleRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import type { ExtractOptions } from './extract.js';
import { emptyRecord, extractGuarded, type Extractor, type IdentifiedArticle } from './guarded.js';
import { createWorkerPool, type BatchProcessor } from './worker-pool.js';

/** How to run a batch. */
export interface BatchOptions {
  /** Worker threads; 0 extracts in this thread. Default: the number of cores. */
  workers?: number;
  /** Articles sent to a worker in one message. */
  batchSize?: number;
  /** A batch is sent early once its texts reach this many characters. */
  batchChars?: number;
  /** Batches read ahead of the one being output. Default: four per worker. */
  window?: number;
  /** Passed on to `extract`. */
  maxChars?: number;
  /** URL of a module whose `extract` export is used instead of onrecord's own (same signature). */
  module?: string;
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

// The extractor is loaded with the first batch to extract: a run where every article is skipped
// (already stored, say) never loads the language models.
function inProcess(load: () => Promise<Extractor>, options: ExtractOptions): BatchProcessor {
  let loading: Promise<Extractor> | undefined;
  return {
    run: async (inputs) => {
      loading ??= load();
      const extractor = await loading;
      return inputs.map((input) => extractGuarded(extractor, input, options));
    },
    close: () => Promise.resolve(),
  };
}

async function loadExtractor(module: string | undefined): Promise<Extractor> {
  // Loaded only when extracting in this thread: with workers, this thread never needs the models.
  const loaded: Record<string, unknown> = await import(module ?? './extract.js');
  const candidate = loaded['extract'];
  if (typeof candidate !== 'function') throw new Error(`Batch runner: module ${module ?? './extract.js'} exports no function "extract"`);
  return candidate as Extractor;
}

// Unreadable articles skip extraction; read-time findings go before the extractor's messages.
async function runBatch(processor: BatchProcessor, batch: IngestedArticle[]): Promise<ArticleRecord[]> {
  const readable = batch.filter((article) => article.readable);
  const records = readable.length > 0 ? await processor.run(readable.map((article) => article.input)) : [];
  let next = 0;
  return batch.map((article) => {
    if (!article.readable) return emptyRecord(article.input, article.messages);
    const record = records[next++];
    if (!record) throw new Error(`Batch runner: no record came back for article ${article.input.id}`);
    return article.messages.length === 0 ? record : { ...record, messages: [...article.messages, ...record.messages] };
  });
}

/**
 * Extracts every article of `items` and yields the records in the same order. An article whose
 * extraction throws (or whose worker dies) gets an error record; the batch goes on. Throws only
 * for a broken setup, such as a worker that cannot start.
 */
export async function* extractAll(
  items: AsyncIterable<Item> | Iterable<Item>,
  options: BatchOptions = {},
): AsyncGenerator<ArticleRecord> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`Batch runner: workers must be a whole number ≥ 0, got ${workers}`);
  const setup = { module: options.module ?? null, maxChars: options.maxChars ?? null };
  const extractOptions: ExtractOptions = options.maxChars === undefined ? {} : { maxChars: options.maxChars };
  const processor = workers === 0 ? inProcess(() => loadExtractor(options.module), extractOptions) : createWorkerPool(workers, setup);
  const window = Math.max(1, options.window ?? Math.max(2, workers * 4));
  const source = batches(items, options.batchSize ?? DEFAULT_BATCH_SIZE, options.batchChars ?? DEFAULT_BATCH_CHARS);
  const queue: Array<Promise<ArticleRecord[]>> = [];
  try {
    let exhausted = false;
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else {
          const result = runBatch(processor, next.value);
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
