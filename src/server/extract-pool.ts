/**
 * Extraction for the server, off its event loop: worker threads (the batch runner's worker script)
 * take one pasted article each, a bounded queue waits for them, and a time limit ends any request that
 * runs long — its worker is stopped and replaced — so no request can hold the server or pile up work.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleInput, ArticleRecord } from '../doc/record.js';
import type { WorkerJob, WorkerResult, WorkerSetup } from '../pipeline/batch-worker.js';
import { jitFlagsRequested } from '../pipeline/jit.js';
import { workerScript } from '../pipeline/worker-pool.js';
import { HttpError } from './http.js';

/** How the server extracts. */
export interface ExtractPoolOptions {
  /** Worker threads at most (started when first needed). */
  workers: number;
  /** Requests that may wait for a worker; more are refused at once. */
  queue: number;
  /**
   * A request is answered within this many milliseconds, waiting included, or refused; a request taken
   * by a worker still starting waits for it off the clock, and the clock starts again once the worker
   * has started (loading the models is no article's fault).
   */
  timeoutMs: number;
  /** The most characters a worker extracts: the body limit is set to match. */
  maxChars: number;
  /** URL of a module exporting `extract` to run instead of onrecord's own (tests, other extractors). */
  module?: string;
}

/** Defaults: one worker (the other core serves the requests), 8 waiting, 20 s, a million characters. */
export const EXTRACT_POOL_DEFAULTS: ExtractPoolOptions = { workers: 1, queue: 8, timeoutMs: 20_000, maxChars: 1_000_000 };

/** Seconds a client told to come back later waits, at least. */
const RETRY_AFTER_S = 5;

/** Extracts one article on a worker; rejects with a 503 HttpError when busy or too slow. */
export interface ExtractPool {
  extract(input: ArticleInput): Promise<ArticleRecord>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  input: ArticleInput & { id: string };
  resolve: (record: ArticleRecord) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  slot?: Slot;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  /** Whether the worker has loaded its models. */
  ready: boolean;
}

/** A refusal that tells the client when to try again. */
export function busy(message: string, retryAfterS = RETRY_AFTER_S): HttpError {
  return new HttpError(503, message, { 'Retry-After': String(retryAfterS) });
}

/** Starts a pool (no thread runs until the first request). */
export function createExtractPool(options: ExtractPoolOptions = EXTRACT_POOL_DEFAULTS): ExtractPool {
  const setup: WorkerSetup = { module: options.module ?? null, maxChars: options.maxChars, rendered: false, jit: jitFlagsRequested() };
  const slots = new Set<Slot>();
  const waiting: Job[] = [];
  let nextId = 0;
  let closed = false;

  function retire(slot: Slot): void {
    slots.delete(slot);
    void slot.worker.terminate();
  }

  function start(): Slot {
    const slot: Slot = { worker: new Worker(workerScript(), { workerData: setup }), job: undefined, ready: false };
    // The server's socket keeps the process alive; an idle worker must not keep it from exiting.
    slot.worker.unref();
    slot.worker.on('message', (result: WorkerResult) => {
      if ('ready' in result) {
        slot.ready = true;
        if (slot.job !== undefined) restartClock(slot.job);
        return;
      }
      if (slot.job === undefined || result.job !== slot.job.id) return;
      const job = slot.job;
      slot.job = undefined;
      clearTimeout(job.timer);
      job.resolve(result.records[0] as ArticleRecord);
      pump();
    });
    const fail = (error: Error): void => {
      retire(slot);
      const job = slot.job;
      slot.job = undefined;
      if (job !== undefined) {
        clearTimeout(job.timer);
        job.reject(new Error(`the extraction worker stopped: ${error.message}`));
      }
      pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (slots.has(slot)) fail(new Error(`exit code ${code}`));
    });
    slots.add(slot);
    return slot;
  }

  function pump(): void {
    while (waiting.length > 0 && !closed) {
      const slot = [...slots].find((s) => s.job === undefined) ?? (slots.size < options.workers ? start() : undefined);
      const job = slot === undefined ? undefined : waiting.shift();
      if (slot === undefined || job === undefined) return;
      slot.job = job;
      job.slot = slot;
      // A worker still starting holds the clock until it is ready.
      if (!slot.ready) clearTimeout(job.timer);
      const message: WorkerJob = { job: job.id, articles: [{ input: job.input, messages: [] }] };
      slot.worker.postMessage(message);
    }
  }

  function restartClock(job: Job): void {
    clearTimeout(job.timer);
    job.timer = setTimeout(() => expire(job), options.timeoutMs);
  }

  // The time limit: a waiting job leaves the queue; a running one takes its worker down with it.
  function expire(job: Job): void {
    const queued = waiting.indexOf(job);
    if (queued >= 0) waiting.splice(queued, 1);
    const slot = job.slot;
    if (slot?.job === job) {
      slot.job = undefined;
      retire(slot);
    }
    job.reject(busy(`the extraction took longer than ${options.timeoutMs / 1000} s and was stopped; try a shorter text`, Math.ceil(options.timeoutMs / 1000)));
    pump();
  }

  return {
    extract(input) {
      if (closed) return Promise.reject(busy('the server is stopping'));
      if (waiting.length >= options.queue) return Promise.reject(busy(`${waiting.length} extractions are waiting already; try again shortly`));
      return new Promise<ArticleRecord>((resolve, reject) => {
        const job: Job = { id: nextId++, input: { ...input, id: input.id ?? '1' }, resolve, reject, timer: setTimeout(() => expire(job), options.timeoutMs) };
        waiting.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) {
        clearTimeout(job.timer);
        job.reject(busy('the server is stopping'));
      }
      const all = [...slots];
      slots.clear();
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
