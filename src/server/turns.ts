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

/** Runs a job in its turn; `fresh` when it is the first request of a new connection (more may be waiting). */
export type Turns = (job: () => void, fresh?: boolean) => void;

/**
 * Runs jobs in the order given, at most `budgetMs` of them per turn of the event loop, or `arrivingMs`
 * within ARRIVING_WINDOW_MS and ARRIVING_WINDOW_TURNS of a fresh one; a job must not throw.
 */
export function createTurns(budgetMs: number = TURN_BUDGET_MS, arrivingMs: number = ARRIVING_BUDGET_MS): Turns {
  const queue: Array<() => void> = [];
  let scheduled = false;
  let arrivingUntil = -Infinity;
  let arrivingTurns = 0;
  const drain = (): void => {
    const started = performance.now();
    const arriving = started < arrivingUntil || arrivingTurns > 0;
    arrivingTurns = Math.max(0, arrivingTurns - 1);
    const budget = arriving ? arrivingMs : budgetMs;
    while (queue.length > 0 && performance.now() - started < budget) queue.shift()?.();
    if (queue.length > 0) setImmediate(drain);
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
      setImmediate(drain);
    }
  };
}
