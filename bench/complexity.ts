/**
 * Complexity bench (issue 17, item 5): each adversarial input extracted at 100 KB and at 1 MB, each
 * run in its own process. Time that grows in proportion to the text gives a ratio near 10; a
 * quadratic stage gives 100. CPU seconds are reported beside wall seconds because the machine is
 * shared: CPU time does not count the time spent waiting for a core. `npm run bench:complexity`.
 */
import { ADVERSARIAL } from './adversarial.js';
import type { OneRun } from './complexity-one.js';
import { LIMIT_SECONDS, runOne } from './complexity-run.js';

const SIZES = [100_000, 1_000_000] as const;

const cell = (run: OneRun | null, pick: (run: OneRun) => number, digits: number): string => (run === null ? `>${LIMIT_SECONDS}` : pick(run).toFixed(digits));

async function main(): Promise<number> {
  const header = ['input', 'cpu s 100 KB', 'cpu s 1 MB', 'ratio', 'wall s 1 MB', 'peak RSS MB 1 MB'];
  const rows: string[][] = [];
  let worst = 0;
  for (const pattern of ADVERSARIAL) {
    process.stderr.write(`bench: ${pattern.name}…\n`);
    const [small, large] = [await runOne(pattern.name, SIZES[0]), await runOne(pattern.name, SIZES[1])];
    const ratio = small !== null && large !== null ? large.cpuSeconds / Math.max(small.cpuSeconds, 0.01) : Infinity;
    worst = Math.max(worst, large === null ? Infinity : large.cpuSeconds);
    rows.push([pattern.name, cell(small, (r) => r.cpuSeconds, 2), cell(large, (r) => r.cpuSeconds, 2), Number.isFinite(ratio) ? ratio.toFixed(1) : '-', cell(large, (r) => r.wallSeconds, 2), cell(large, (r) => r.peakRssMb, 0)]);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log('\nextraction time by input size (issue 17, item 5): ratio = cpu 1 MB / cpu 100 KB, near 10 when linear');
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  console.log(`slowest 1 MB input: ${Number.isFinite(worst) ? `${worst.toFixed(2)} cpu s` : `over ${LIMIT_SECONDS} s`} (target: under 3 s)`);
  return 0;
}

process.exitCode = await main();
