/**
 * Requests take turns on the event loop. Node accepts one new connection per turn of its loop (seen
 * with strace: one accept4 per turn, never drained to EAGAIN), and a turn that serves every waiting
 * request of 200 connections takes hundreds of milliseconds on a busy machine: new connections then
 * wait in the kernel's queue for tens of seconds while the first ones are served again and again. So
 * each turn serves requests for a few milliseconds only, and the rest wait for the next turn, after
 * the loop has accepted and read what came meanwhile — every connection is served in its order.
 * While connections are arriving (a request is the first of its connection), a turn is shorter still:
 * one connection accepted per turn, 200 clients connecting at once would otherwise wait 200 full turns
 * (1.5–2 s at 5 ms of work each) before the last of them is even read.
 *
 * A job's work is mostly not synchronous: a route awaits the store, and a SQLite store's answer comes
 * back in microtasks, which run only once the turn's callback returns. So the budget counts each job
 * until its promise settles, when it settles within SETTLE_TICKS microtask ticks (no I/O): timing the
 * synchronous start alone let one turn start ~100 requests and run all their queries after it, 43 ms a
 * turn on a loaded machine, with one connection accepted per turn (200 clients were read over 8.5 s).
 * A job still unsettled after those ticks waits for I/O (PostgreSQL, an extraction worker): the next
 * job starts meanwhile, as before.
 */

/** Milliseconds of synchronous work (queries, rendering) per turn of the event loop. */
export const TURN_BUDGET_MS = 5;

/** Milliseconds per turn while new connections arrive: about one request, then the loop accepts again. */
export const ARRIVING_BUDGET_MS = 0.5;

/**
 * How long turns stay short after a connection's first request, in time and in turns (the longer of
 * the two): a connection accepted in one turn often sends its first request in the next, so one short
 * turn alone let every other turn run full; and on a loaded machine a turn with its reads and writes
 * can take longer than the time, which then ran out between two turns (40 of 200 connections were
 * accepted seconds late).
 */
export const ARRIVING_WINDOW_MS = 20;
export const ARRIVING_WINDOW_TURNS = 8;

/**
 * Microtask ticks a job's promise is waited for before the next job starts: far more than a request
 * answered from SQLite takes (its chain of awaits), far fewer than a turn of the event loop costs.
 */
export const SETTLE_TICKS = 200;

/** A job: its work done when its promise settles (or at once, when it returns none); it must not reject. */
export type Job = () => void | Promise<unknown>;

/** Runs a job in its turn; `fresh` when it is the first request of a new connection (more may be waiting). */
export type Turns = (job: Job, fresh?: boolean) => void;

/** Resolves when `work` settles or after `ticks` microtask ticks, whichever comes first. */
export async function settledWithin(work: Promise<unknown>, ticks: number = SETTLE_TICKS): Promise<void> {
  let settled = false;
  const mark = (): void => {
    settled = true;
  };
  work.then(mark, mark);
  for (let tick = 0; tick < ticks && !settled; tick++) await null;
}

/**
 * Runs jobs in the order given, at most `budgetMs` of them per turn of the event loop, or `arrivingMs`
 * within ARRIVING_WINDOW_MS and ARRIVING_WINDOW_TURNS of a fresh one; a job must not throw.
 */
export function createTurns(budgetMs: number = TURN_BUDGET_MS, arrivingMs: number = ARRIVING_BUDGET_MS): Turns {
  const queue: Job[] = [];
  let scheduled = false;
  let arrivingUntil = -Infinity;
  let arrivingTurns = 0;
  const drain = async (): Promise<void> => {
    const started = performance.now();
    const arriving = started < arrivingUntil || arrivingTurns > 0;
    arrivingTurns = Math.max(0, arrivingTurns - 1);
    const budget = arriving ? arrivingMs : budgetMs;
    while (queue.length > 0 && performance.now() - started < budget) {
      const work = queue.shift()?.();
      if (work !== undefined) await settledWithin(work);
    }
    if (queue.length > 0) setImmediate(() => void drain());
    else scheduled = false;
  };
  return (job, fresh = false) => {
    queue.push(job);
    if (fresh) {
      arrivingUntil = performance.now() + ARRIVING_WINDOW_MS;
      arrivingTurns = ARRIVING_WINDOW_TURNS;
    }
    if (!scheduled) {
      scheduled = true;
      setImmediate(() => void drain());
    }
  };
}
