import { describe, expect, it } from 'vitest';
import { ARRIVING_WINDOW_TURNS, createTurns } from './turns.js';

describe('turns', () => {
  it('stay short for some turns after a first request even when each turn outlasts the time window (a loaded machine)', async () => {
    const turns = createTurns(1000, 0.5);
    // The loop's turn, counted by an immediate that runs once per turn beside the queue's own.
    let turn = 0;
    let stop = false;
    const count = (): void => {
      turn += 1;
      if (!stop) setImmediate(count);
    };
    setImmediate(count);
    const seen: number[] = [];
    const done = new Promise<void>((resolve) => {
      const job = (): void => {
        const until = performance.now() + 25;
        while (performance.now() < until);
        seen.push(turn);
        if (seen.length === ARRIVING_WINDOW_TURNS) resolve();
      };
      turns(job, true);
      for (let i = 1; i < ARRIVING_WINDOW_TURNS; i++) turns(job);
    });
    await done;
    stop = true;
    // One job a turn: with only the 20 ms window, the second turn ran every job left in its 1,000 ms.
    expect(new Set(seen).size).toBe(seen.length);
  });
});
