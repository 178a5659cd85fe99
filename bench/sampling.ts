/** What the benchmarks share for drawing arguments and summarising times. */
import { readFileSync } from 'node:fs';

/** A fixed pseudo-random sequence in [0, 1), so that two runs draw the same arguments. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The `p`th percentile of times sorted in ascending order (NaN for none). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * The CPU time a process has used (user and system, ms), from /proc: what a request costs the server
 * whatever the machine's load (time waiting for a core is not counted); NaN where /proc is absent.
 */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid ?? 'self'}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of stat, in ticks of 10 ms (USER_HZ).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
