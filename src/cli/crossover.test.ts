import { describe, expect, it } from 'vitest';
import { extractWorkers, workersCrossover } from './crossover.js';

const MB = 1024 * 1024;

describe('the default thread count of extract', () => {
  it('never starts workers on one core, where they cannot run side by side', () => {
    expect(workersCrossover(1)).toBe(Infinity);
    expect(extractWorkers(500 * MB, 1)).toBe(0);
  });

  it('starts workers on two cores for input past the measured crossover of about 4.5 MB, not past 16 MB as before', () => {
    const crossover = workersCrossover(2);
    expect(crossover).toBeGreaterThan(4 * MB);
    expect(crossover).toBeLessThan(5 * MB);
    expect(extractWorkers(2 * MB, 2)).toBe(0);
    expect(extractWorkers(10 * MB, 2)).toBeUndefined();
  });

  it('starts them sooner the more cores there are, and reads stdin (size unknown) with them', () => {
    expect(workersCrossover(4)).toBeLessThan(workersCrossover(2));
    expect(workersCrossover(16)).toBeLessThan(workersCrossover(4));
    expect(extractWorkers(null, 2)).toBeUndefined();
  });
});
