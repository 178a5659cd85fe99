/**
 * V8's flags for extraction (jit.ts), each set in a new process (they belong to the process): in a
 * worker a function longer than MAX_OPTIMIZED_BYTECODE is left to the baseline compiler, while a
 * short hot one is optimised; in one thread both are.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MAX_OPTIMIZED_BYTECODE } from './jit.js';

const JIT = new URL('../../dist/src/pipeline/jit.js', import.meta.url).href;

// V8's optimisation status bits (%GetOptimizationStatus): optimised, marked for it, or being compiled.
const OPTIMISING = (1 << 4) | (1 << 8) | (1 << 9) | (1 << 10);

/**
 * Runs a long function (about 25 bytes of bytecode a statement, so over twice the limit) and a
 * short one 20,000 times each under the flags of `where`; resolves to whether each was optimised.
 */
function optimisedUnder(where: 'thread' | 'worker'): Promise<{ long: boolean; short: boolean }> {
  const statements = Math.ceil(MAX_OPTIMIZED_BYTECODE / 10);
  const script = `
    import { setFlagsFromString } from 'node:v8';
    const { JIT_FLAGS, WORKER_JIT_FLAGS } = await import(${JSON.stringify(JIT)});
    const flags = ${JSON.stringify(where)} === 'worker' ? [...JIT_FLAGS, ...WORKER_JIT_FLAGS] : JIT_FLAGS;
    for (const flag of [...flags, '--allow-natives-syntax']) setFlagsFromString(flag);
    const body = Array.from({ length: ${statements} }, (_, k) => 'if (n % ' + (k + 2) + ' === 0) s += ' + k + ';').join('\\n');
    const long = new Function('n', 'let s = 0;\\n' + body + '\\nreturn s;');
    const short = new Function('n', 'let s = 0; if (n % 2 === 0) s += 1; return s;');
    const status = new Function('f', 'return %GetOptimizationStatus(f);');
    let total = 0;
    for (let i = 0; i < 20000; i++) total += long(i) + short(i);
    const optimising = (f) => (status(f) & ${OPTIMISING}) !== 0;
    console.log(JSON.stringify({ total, long: optimising(long), short: optimising(short) }));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`the flags' probe failed: ${stderr}`));
      else resolve(JSON.parse(stdout) as { long: boolean; short: boolean });
    });
  });
}

/**
 * Optimises a function that maps an array under the flags of a worker; resolves to whether the array
 * it returns then has holes (V8's HOLEY_ELEMENTS), as one from a `map` inlined by the optimising
 * compiler has and one from the builtin has not.
 */
function mappedHoleyInWorker(): Promise<boolean> {
  const script = `
    import { setFlagsFromString } from 'node:v8';
    const { JIT_FLAGS, WORKER_JIT_FLAGS } = await import(${JSON.stringify(JIT)});
    for (const flag of [...JIT_FLAGS, ...WORKER_JIT_FLAGS, '--allow-natives-syntax']) setFlagsFromString(flag);
    const words = new Function('names', 'return names.map((w) => (w.endsWith(".") ? w.slice(0, -1) : w));');
    const natives = new Function('f', 'a', '%PrepareFunctionForOptimization(f); f(a); f(a); %OptimizeFunctionOnNextCall(f); const out = f(a); return { optimised: (%GetOptimizationStatus(f) & 16) !== 0, holey: %HasHoleyElements(out) };');
    console.log(JSON.stringify(natives(words, ['Acme', 'Steel', 'Co.'])));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) => {
      if (error !== null) return reject(new Error(`the flags' probe failed: ${stderr}`));
      const result = JSON.parse(stdout) as { optimised: boolean; holey: boolean };
      if (!result.optimised) return reject(new Error('the probe function was not optimised'));
      resolve(result.holey);
    });
  });
}

describe("V8's flags for extraction", () => {
  it("call array builtins in a worker: an optimised function's map returns an array without holes, as the builtin's", async () => {
    expect(await mappedHoleyInWorker()).toBe(false);
  }, 30_000);

  it('leave a function longer than MAX_OPTIMIZED_BYTECODE unoptimised in a worker, not a short one', async () => {
    expect(await optimisedUnder('worker')).toMatchObject({ long: false, short: true });
  }, 30_000);

  it('optimise both in one thread, where the compiler has a core of its own', async () => {
    expect(await optimisedUnder('thread')).toMatchObject({ long: true, short: true });
  }, 30_000);
});
