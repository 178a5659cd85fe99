/**
 * Waiting for another writer. SQLite lets one writer at a time into a database: a second `ingest`, or
 * the server's POST while an ingest runs, finds it busy. Rather than block the thread in SQLite's own
 * busy handler (a server would stop answering meanwhile), a busy call is tried again after a pause
 * that doubles up to a ceiling, the event loop free in between, until a documented limit.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a call waits for other writers before it fails (ms): longer than any one batch's commit. */
export const WRITE_WAIT_MS = 120_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 200;

/** True for SQLite's "another connection holds the lock" errors. */
export function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && /^SQLITE_(BUSY|LOCKED)/.test(String(error.code));
}

/**
 * The pause before the next try after `error` (ms), with a little jitter so that two waiting writers do
 * not retry in step; `error` itself is thrown when it is no busy error or the wait would pass `limitMs`.
 */
function pauseAfter(error: unknown, started: number, pause: number, limitMs: number): number {
  if (!isBusy(error) || Date.now() - started + pause > limitMs) throw error;
  return pause + Math.floor(Math.random() * pause);
}

/** Runs `work`, trying again while the database is busy, up to `limitMs` in all; then the busy error is thrown. */
export async function whenFree<T>(work: () => T, limitMs: number = WRITE_WAIT_MS): Promise<T> {
  const started = Date.now();
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return work();
    } catch (error) {
      await sleep(pauseAfter(error, started, pause, limitMs));
    }
  }
}

/**
 * `whenFree` for code that cannot wait asynchronously (opening a store, which the CLI and the server
 * do once, before anything else): the thread sleeps between tries.
 */
export function whenFreeSync<T>(work: () => T, limitMs: number = WRITE_WAIT_MS): T {
  const started = Date.now();
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return work();
    } catch (error) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pauseAfter(error, started, pause, limitMs));
    }
  }
}
