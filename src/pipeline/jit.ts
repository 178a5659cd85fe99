/**
 * V8's compiler settings for extraction, asked for by the `onrecord` command and set where the
 * extractor is loaded (this thread or a worker), not when the process starts. Node's own modules
 * come with a code cache that V8 accepts only while its flags are as Node was built with: set at
 * start, they made every Node module loaded afterwards compile from source — each worker's start
 * among them (234 million instructions a worker under cachegrind, `--predictable`). By the time the
 * extractor loads, the thread has loaded nearly all the Node modules it needs.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The flags, each for the short runs of a few thousand articles that extraction mostly is:
 * - less inlining by the optimising compiler: it compiles our many rule functions sooner and for
 *   less, which shortens the warm-up (15% fewer instructions for the 2,225 BBC articles); array
 *   builtins (map, filter, some…) are still inlined with their callbacks, as V8 does by default;
 * - no loop peeling (the optimising compiler's copy of each loop's first turn): less to compile,
 *   for loops that run a few turns per call (the BBC corpus 18.55 → 18.39 billion instructions);
 * - baseline (Sparkplug) code for each function when first compiled, instead of interpreting it
 *   until it has run often: the first few hundred articles run sooner (200 BBC articles 4.511 →
 *   4.399 billion instructions).
 */
export const JIT_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=150', '--no-turbo-loop-peeling', '--always-sparkplug'];

/**
 * The most bytecode (bytes) a worker optimises a function of (V8's default 61,440). The BBC corpus
 * with two workers, under cachegrind (`--predictable`, all threads): 26.93 billion instructions
 * without it, of which the optimising compiler 6.76; 4,096 → 25.92 (compiler 5.68); 1,536 → 25.43
 * (5.12); 1,024 → 25.20; 512 → 28.76 (hot rules left unoptimised). The corpus twice over, 1,024:
 * 42.12 → 40.07 billion, so the articles after the warm-up run no slower.
 */
export const MAX_OPTIMIZED_BYTECODE = 1024;

/**
 * And where the extractor runs in workers, one per core. There every core extracts, and the
 * optimising compiler's work (on threads of its own) is paid from theirs; one thread leaves it a
 * free core, where it is not. So:
 * - a function is optimised after four times V8's default budget of interpreted work (67,584), so
 *   only the hottest are. The BBC corpus with two workers, under cachegrind (`--predictable`, all
 *   threads): 26.60 → 25.68 billion instructions (twice the budget: 26.11; eight times: 27.48);
 * - a function of more than MAX_OPTIMIZED_BYTECODE bytes of bytecode is never optimised. The few
 *   that long run once an article or a sentence or a name, and call the functions that do the work,
 *   which are optimised as before; compiling them costs more than it saves in a run of thousands of
 *   articles (the speakers' resolver, 5,134 bytes, took a quarter of the optimising compiler's time
 *   and was compiled twice a worker; a sentence's events, a mention's type, a report's content
 *   1.7–1.8 KB, each compiled two or three times). See MAX_OPTIMIZED_BYTECODE for what it measured;
 *   at 2,600 bytes (a mention's type, a sentence's events and the other rules of 1–2.6 KB optimised
 *   again) the corpus cost 28.12 → 28.88 billion instructions (2026-12-07);
 * - array builtins (map, filter, some…) are called, not inlined with their callbacks: in a worker the
 *   optimising compiler's work is paid from an extracting core, and the inlined builtins made a larger
 *   graph to compile for a few instructions saved. They also made arrays of another shape: an array
 *   that an inlined `map` returns may have holes (V8's HOLEY_ELEMENTS), one from the builtin has none,
 *   so a function that read both (a name's words, from `map` in typeOf and its helpers) was deoptimised
 *   and compiled again. The BBC corpus with two workers, under cachegrind (`--predictable`, all
 *   threads): 28.12 → 27.34 billion instructions, of which the optimising compiler 5.78 → 5.09, the
 *   rest the same (0.69 billion fewer in the compiler, 0.09 fewer elsewhere).
 */
export const WORKER_JIT_FLAGS: readonly string[] = ['--interrupt-budget=270336', `--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`, '--no-turbo-inline-array-builtins'];

let requested = false;
let set = false;

/** Asks for JIT_FLAGS in this process, for extraction started from now on (the command line does). */
export function requestJitFlags(): void {
  requested = true;
}

/** Whether JIT_FLAGS were asked for: a worker started now is told to set them. */
export function jitFlagsRequested(): boolean {
  return requested;
}

function setFlags(flags: readonly string[]): void {
  if (set) return;
  set = true;
  for (const flag of flags) setFlagsFromString(flag);
}

/**
 * Sets JIT_FLAGS once, if they were asked for, to extract in this thread. V8's flags belong to the
 * process, so one thread setting them sets them for all; before any of the extractor's functions is
 * compiled, they shape all its code.
 */
export function applyJitFlags(): void {
  if (requested) setFlags(JIT_FLAGS);
}

/** Sets JIT_FLAGS and WORKER_JIT_FLAGS once: in a worker whose parent asked for them. */
export function applyWorkerJitFlags(): void {
  setFlags([...JIT_FLAGS, ...WORKER_JIT_FLAGS]);
}
