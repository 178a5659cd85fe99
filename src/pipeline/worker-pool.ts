/** A pool of worker threads that extract batches of articles, started lazily, replaced when one dies. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MessageRecord } from '../doc/record.js';
import type { WorkerJob, WorkerResult, WorkerSetup } from './batch-worker.js';
import { failureMessage, type ArticleJob } from './guarded.js';

/** Extracts batches of articles into results of type T; `run` never rejects for a problem with one article or one worker. */
export interface BatchProcessor<T> {
  run(articles: ArticleJob[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The compiled worker script. The bundle's (dist/bundle/batch-worker.js, made by `npm run build`)
 * when there is one: a worker loading the ~150 modules of dist/src one by one takes longer to
 * start, and each worker starts on its own. Else the module beside this file in `dist/`; when this
 * file runs from TypeScript sources (tests), the compiled copy in `dist/`, since a worker needs
 * JavaScript. This file is at dist/src/pipeline/ in a bundle too (its import.meta.url is kept).
 */
export function workerScript(): URL {
  const bundled = new URL('../../bundle/batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  const beside = new URL('./batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../../dist/src/pipeline/batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`Batch runner: no compiled worker at ${fileURLToPath(beside)}; run \`npm run build\``);
}

interface Pending<T> {
  job: number;
  articles: ArticleJob[];
  resolve: (results: T[]) => void;
  reject: (error: Error) => void;
}

interface Slot<T> {
  worker: Worker;
  jobs: Map<number, Pending<T>>;
  /** Whether it has loaded its extractor: a worker that dies before that cannot start at all. */
  ready: boolean;
}

/** Jobs a worker holds at once by default: one running, one waiting, so it never idles between messages. */
const DEPTH = 2;

/**
 * How long a worker may take to load its extractor by default. Ours loads in a second or two on a
 * busy machine; a module that never finishes loading (a top-level await that never settles) would
 * otherwise hold the run, silently, for ever.
 */
export const STARTUP_MS = 120_000;

/**
 * Starts a pool of at most `size` workers running `setup.module`'s `extract` (onrecord's own by
 * default). The workers answer with results of type T (records, or records written as JSON, as
 * `setup.rendered` says); `failed` makes the result of an article whose worker died. `depth` jobs
 * wait at each worker at most: more keep it busy while this thread is held up (a store writing a
 * transaction cannot hand out jobs meanwhile). A worker not ready within `startupMs` is stopped and
 * the run fails, naming the wait.
 */
export function createWorkerPool<T>(
  size: number,
  setup: WorkerSetup,
  failed: (article: ArticleJob, message: MessageRecord) => T,
  depth = DEPTH,
  startupMs = STARTUP_MS,
): BatchProcessor<T> {
  const script = workerScript();
  const slots = new Set<Slot<T>>();
  const queue: Array<Pending<T>> = [];
  let nextJob = 0;
  let fatal: Error | undefined;
  // Once closed, no worker starts again: a late answer from a worker being stopped would otherwise
  // hand the queue to a new one, which keeps the process alive after the caller has finished.
  let closed = false;

  function failSlot(slot: Slot<T>, error: Error): void {
    slots.delete(slot);
    if (!slot.ready) fatal ??= new Error(`Batch runner: a worker could not start: ${error.message}`);
    for (const pending of slot.jobs.values()) {
      if (fatal) pending.reject(fatal);
      else pending.resolve(pending.articles.map((article) => failed(article, failureMessage(error))));
    }
    slot.jobs.clear();
    if (fatal) for (const pending of queue.splice(0)) pending.reject(fatal);
    else pump();
  }

  function start(): Slot<T> {
    // V8's own young generation, as in this thread. The 96 MB one workers had (set for the extractor of
    // 2026-11-25) saved no instructions any more and cost CPU and memory: the BBC corpus by default,
    // 7 runs each taken in turn, 9.28 → 8.75 s of user+system CPU, peak 249–284 → 222–228 MB.
    const worker = new Worker(script, { workerData: setup });
    const slot: Slot<T> = { worker, jobs: new Map(), ready: false };
    const clock = setTimeout(() => {
      if (slot.ready || !slots.has(slot)) return;
      failSlot(slot, new Error(`it had not loaded its extractor after ${startupMs / 1000} s`));
      void worker.terminate();
    }, startupMs);
    clock.unref();
    worker.on('message', (result: WorkerResult) => {
      if ('ready' in result) {
        slot.ready = true;
        clearTimeout(clock);
        return;
      }
      const pending = slot.jobs.get(result.job);
      slot.jobs.delete(result.job);
      // The worker answers in the form `setup.rendered` asked for, which is T.
      pending?.resolve(result.records as T[]);
      pump();
    });
    worker.on('error', (error) => failSlot(slot, error));
    worker.on('exit', (code) => {
      clearTimeout(clock);
      if (slots.has(slot)) failSlot(slot, new Error(`worker exited with code ${code}`));
    });
    slots.add(slot);
    return slot;
  }

  function pump(): void {
    while (queue.length > 0 && !fatal && !closed) {
      let slot = [...slots].find((s) => s.jobs.size === 0) ?? (slots.size < size ? start() : undefined);
      slot ??= [...slots].find((s) => s.jobs.size < depth);
      if (!slot) return;
      const pending = queue.shift();
      if (!pending) return;
      slot.jobs.set(pending.job, pending);
      const message: WorkerJob = { job: pending.job, articles: pending.articles };
      slot.worker.postMessage(message);
    }
  }

  return {
    run(articles) {
      if (fatal) return Promise.reject(fatal);
      if (closed) return Promise.reject(new Error('Batch runner: the worker pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ job: nextJob++, articles, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      const stopped = new Error('Batch runner: the worker pool was closed before this batch was extracted');
      for (const pending of queue.splice(0)) pending.reject(stopped);
      const closing = [...slots];
      slots.clear();
      await Promise.all(closing.map((slot) => slot.worker.terminate()));
    },
  };
}
