/** What the benchmarks share for drawing arguments and summarising times. */

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
