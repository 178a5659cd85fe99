/**
 * Requests take turns on the event loop. Node accepts one new connection per turn of its loop (seen
 * with strace: one accept4 per turn, never drained to EAGAIN), and a turn that serves every waiting
 * request of 200 connections takes hundreds of milliseconds on a busy machine: new connections then
 * wait in the kernel's queue for tens of seconds while the first ones are served again and again. So
 * each turn serves requests for a few milliseconds only, and the rest wait for the next turn, after
 * the loop has accepted and read what came meanwhile — every connection is served in its order.
 */

/** Milliseconds of synchronous work (queries, rendering) per turn of the event loop. */
export const TURN_BUDGET_MS = 5;

/** Runs jobs in the order given, at most `budgetMs` of them per turn of the event loop; a job must not throw. */
export function createTurns(budgetMs: number = TURN_BUDGET_MS): (job: () => void) => void {
  const queue: Array<() => void> = [];
  let scheduled = false;
  const drain = (): void => {
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < budgetMs) queue.shift()?.();
    if (queue.length > 0) setImmediate(drain);
    else scheduled = false;
  };
  return (job) => {
    queue.push(job);
    if (!scheduled) {
      scheduled = true;
      setImmediate(drain);
    }
  };
}
