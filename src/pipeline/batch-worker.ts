/**
 * The worker thread of the batch runner: receives batches of articles, answers with their records.
 * Runs from the compiled `dist/` (a worker thread loads JavaScript), bundled with the extractor
 * into dist/bundle/ by `npm run build` when that is there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleRecord } from '../doc/record.js';
import type { ExtractOptions } from './extract.js';
import { extractJob, renderRecord, type ArticleJob, type Extractor, type RenderedRecord } from './guarded.js';
import { applyWorkerJitFlags } from './jit.js';

/** Sent by the batch runner when it starts a worker. */
export interface WorkerSetup {
  /** URL of a module exporting `extract`; onrecord's own when null. */
  module: string | null;
  maxChars: number | null;
  /** Whether to answer with records written as JSON (cheaper to send and to write) rather than objects. */
  rendered: boolean;
  /** Whether to set the JIT flags (jit.ts) before loading the extractor: the command line asks for them. */
  jit?: boolean;
}

/** A batch of articles to extract. */
export interface WorkerJob {
  job: number;
  articles: ArticleJob[];
}

/** The records of a batch, in the batch's order; or, once, the news that the extractor is loaded. */
export type WorkerResult = { job: number; records: ArticleRecord[] | RenderedRecord[] } | { ready: true };

function isExtractor(value: unknown): value is Extractor {
  return typeof value === 'function';
}

async function loadExtractor(module: string | null): Promise<Extractor> {
  // Our own module is named literally, so the bundle carries it (in the chunk the main thread uses).
  const loaded: Record<string, unknown> = module === null ? await import('./extract.js') : await import(module);
  const extractor = loaded['extract'];
  if (!isExtractor(extractor)) throw new Error(`Batch worker: module ${module ?? 'extract.js'} exports no function "extract"`);
  return extractor;
}

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  if (setup.jit === true) applyWorkerJitFlags();
  const extractor = await loadExtractor(setup.module);
  const options: ExtractOptions = setup.maxChars === null ? {} : { maxChars: setup.maxChars };
  port.postMessage({ ready: true } satisfies WorkerResult);
  port.on('message', ({ job, articles }: WorkerJob) => {
    const records = articles.map((article) => extractJob(extractor, article, options));
    const result: WorkerResult = { job, records: setup.rendered ? records.map(renderRecord) : records };
    port.postMessage(result);
  });
}
