/**
 * Where worker threads start to pay: `bin/onrecord extract` on parts and copies of the BBC corpus, in
 * one thread and with one worker per core, taking turns, three runs each (their median). A straight
 * line through each mode's times gives its start-up cost and its seconds per MB; the input size where
 * the lines cross is where the command line's default changes mode (src/cli/inputs.ts, workersCrossover).
 * `npm run bench:crossover`; skips cleanly when the data is absent.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.js';
import { repositoryRoot } from './root.js';

const ROOT = repositoryRoot();
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const BIN = join(ROOT, 'bin', 'onrecord');
const ROUNDS = 3;
/** Parts of the corpus run: a half, the whole, and whole copies of it. */
const SIZES = [0.5, 1, 2, 3] as const;
const MB = 1024 * 1024;

/** A straight line fitted by least squares: seconds = start + perMb × MB. */
interface Line {
  start: number;
  perMb: number;
}

function fit(points: ReadonlyArray<readonly [number, number]>): Line {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const perMb = sxy / sxx;
  return { start: my - perMb * mx, perMb };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function corpusPart(lines: string[], times: number, file: string): Promise<number> {
  const whole = Math.floor(times);
  const part = lines.slice(0, Math.round((times - whole) * lines.length));
  const text = `${[...Array.from({ length: whole }, () => lines).flat(), ...part].join('\n')}\n`;
  await writeFile(file, text);
  return Buffer.byteLength(text) / MB;
}

async function seconds(file: string, workers: number): Promise<number> {
  const run = await measure(process.execPath, [BIN, 'extract', file, '--to', 'jsonl', '--workers', String(workers)]);
  if (run.code !== 0 && run.lines === 0) throw new Error(`bench: extract --workers ${workers} failed (exit ${run.code})\n${run.stderrTail}`);
  return run.seconds;
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.log(`bench: skipped — the BBC corpus is not at ${CORPUS} (it lives in ../shared/data beside the checkout).`);
    return 0;
  }
  const cores = availableParallelism();
  const lines = (await readFile(CORPUS, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const scratch = await mkdtemp(join(tmpdir(), 'onrecord-crossover-'));
  const loadBefore = loadavg();
  const one: Array<[number, number]> = [];
  const many: Array<[number, number]> = [];
  const rows: string[] = [];
  try {
    for (const times of SIZES) {
      const file = join(scratch, `bbc-${times}.jsonl`);
      const mb = await corpusPart(lines, times, file);
      const single: number[] = [];
      const parallel: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        process.stderr.write(`bench: corpus x${times}, round ${round + 1}…\n`);
        single.push(await seconds(file, 0));
        parallel.push(await seconds(file, cores));
      }
      one.push([mb, median(single)]);
      many.push([mb, median(parallel)]);
      rows.push(`x${String(times).padEnd(4)} ${mb.toFixed(1).padStart(6)} MB  one thread ${median(single).toFixed(2).padStart(6)} s  --workers ${cores} ${median(parallel).toFixed(2).padStart(6)} s`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const a = fit(one);
  const b = fit(many);
  console.log(`\nextract, one thread against --workers ${cores} (median of ${ROUNDS} runs taken in turn; load average ${loadBefore.map((n) => n.toFixed(2)).join(', ')} → ${loadavg().map((n) => n.toFixed(2)).join(', ')})`);
  console.log(rows.join('\n'));
  console.log(`one thread:   ${a.start.toFixed(2)} s + ${a.perMb.toFixed(3)} s/MB`);
  console.log(`--workers ${cores}:  ${b.start.toFixed(2)} s + ${b.perMb.toFixed(3)} s/MB`);
  const crossing = b.perMb < a.perMb ? (b.start - a.start) / (a.perMb - b.perMb) : Infinity;
  console.log(Number.isFinite(crossing) ? `crossover: ${crossing.toFixed(1)} MB of input (workers faster above it)` : 'crossover: none (workers never faster here)');
  return 0;
}

process.exitCode = await main();
