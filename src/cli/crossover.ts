/**
 * How many threads `onrecord extract` uses when not told: one thread for a small input, one worker per
 * core for a larger one. Workers cost a fixed time to start (each loads the models and warms up on its
 * own) and then extract in parallel; the input size where the two modes take the same time is the
 * crossover, from a model fitted to whole runs (`npm run bench:crossover`).
 */

/**
 * The model, from whole runs of the BBC corpus once and four times over on a quiet machine with two
 * cores (2026-12-06, load average about 1, README): one thread 2.18 and 6.72 s, two workers 2.11 and
 * 4.73 s for 5.05 and 20.2 MB of input. So one thread takes 0.67 s + 0.300 s/MB and two workers
 * 1.24 s + 0.173 s/MB: workers start 0.57 s later and run 1.73 times as fast on two cores.
 */
const MODEL = { extraStartSeconds: 0.57, oneThreadSecondsPerMb: 0.3, twoCoreSpeedup: 1.73 } as const;

const MB = 1024 * 1024;

/**
 * The input size in bytes above which one worker per core finishes sooner than one thread, on a
 * machine of `cores` cores: the workers' later start over what they save per MB, each core doing
 * as much as a core of the measured pair did. Infinity on one core, where workers never pay.
 */
export function workersCrossover(cores: number): number {
  const perCore = MODEL.twoCoreSpeedup / 2;
  const savedPerMb = MODEL.oneThreadSecondsPerMb * (1 - 1 / (perCore * cores));
  return savedPerMb <= 0 ? Infinity : (MODEL.extraStartSeconds / savedPerMb) * MB;
}

/**
 * The worker threads for `size` bytes of input (null: unknown, such as stdin) on `cores` cores: 0 (this
 * thread) below the crossover, else undefined (the batch runner's default, one per core).
 */
export function extractWorkers(size: number | null, cores: number): number | undefined {
  return size !== null && size < workersCrossover(cores) ? 0 : undefined;
}
