import { describe, expect, it } from 'vitest';
import { ARRIVING_WINDOW_TURNS, createTurns } from './turns.js';

// The loop's turn, counted by an immediate that runs once per turn beside the queue's own.
function turnCounter(): { now: () => number; stop: () => void } {
  let turn = 0;
  let stopped = false;
  const count = (): void => {
    turn += 1;
    if (!stopped) setImmediate(count);
  };
  setImmediate(count);
  return { now: () => turn, stop: () => (stopped = true) };
}

const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('turns', () => {
  it('count the work a job does after its awaits (a SQLite answer comes back in microtasks) within the turn budget', async () => {
    const turns = createTurns(5, 5);
    const counter = turnCounter();
    const seen: number[] = [];
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 10; i++) {
        turns(async () => {
          await null;
          busy(2);
          seen.push(counter.now());
          if (seen.length === 10) resolve();
        });
      }
    });
    counter.stop();
    // 20 ms of work at 5 ms a turn: timing only the jobs' synchronous starts ran all ten in one turn.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(4);
  });

  it('start the next job while one waits for I/O (a PostgreSQL query, an extraction worker)', async () => {
    const turns = createTurns(5, 5);
    const order: string[] = [];
    let release = (): void => undefined;
    const waiting = new Promise<void>((resolve) => (release = resolve));
    await new Promise<void>((resolve) => {
      turns(async () => {
        await waiting;
        order.push('waited');
        resolve();
      });
      turns(() => {
        order.push('next');
        setTimeout(release, 5);
      });
    });
    expect(order).toEqual(['next', 'waited']);
  });

  it('stay short for some turns after a first request even when each turn outlasts the time window (a loaded machine)', async () => {
    const turns = createTurns(1000, 0.5);
    const counter = turnCounter();
    const seen: number[] = [];
    const done = new Promise<void>((resolve) => {
      const job = (): void => {
        busy(25);
        seen.push(counter.now());
        if (seen.length === ARRIVING_WINDOW_TURNS) resolve();
      };
      turns(job, true);
      for (let i = 1; i < ARRIVING_WINDOW_TURNS; i++) turns(job);
    });
    await done;
    counter.stop();
    // One job a turn: with only the 20 ms window, the second turn ran every job left in its 1,000 ms.
    expect(new Set(seen).size).toBe(seen.length);
  });
});
