/**
 * Throughput benchmark: `bin/onrecord extract` on the BBC corpus as a whole process (reading,
 * extraction, JSON output) — three runs in each of the two main settings, taking turns, reported by
 * their median — on the corpus repeated to show memory stays flat, and compromise's
 * quotation finder on the same texts for a speed ratio; then `bin/onrecord code` on the PLOVER dyad
 * sentences. Skips cleanly when the data is absent.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCode, type CodeBench } from './code.js';
import { parallelSpeedup } from './cores.js';
import { readCorpus, repeatFile } from './corpus.js';
import { measure, type Measured } from './measure.js';
import { repositoryRoot } from './root.js';
import { runCompromise } from './peer.js';
import { extractWorkers } from '../src/cli/crossover.js';


const ROOT = repositoryRoot();
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const BIN = join(ROOT, 'bin', 'onrecord');
const DYADS = join(ROOT, '..', 'shared', 'data', 'plover', 'plv-train.tsv');
/** Seconds the peer may run; the rest of the two minutes goes to onrecord's runs. */
const PEER_BUDGET = 25;
/** The repeated-corpus runs are skipped when one pass already takes longer than this. */
const REPEAT_LIMIT = 12;

interface Row {
  name: string;
  articles: number;
  seconds: number;
  textMb: number;
  peakRssMb: number | null;
}

const MB = 1024 * 1024;
/** Runs of the corpus in each of the two main settings; their rows show the median run. */
const ROUNDS = 3;

/** The run of median time. */
function median(runs: readonly Row[]): Row {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('bench: no runs to take the median of');
  return middle;
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

function table(rows: Row[]): string {
  const header = ['run', 'articles', 'seconds', 'articles/s', 'text MB/s', 'peak RSS MB'];
  const body = rows.map((row) => [
    row.name,
    String(row.articles),
    fixed(row.seconds, 2),
    fixed(row.articles / row.seconds, 1),
    fixed(row.textMb / row.seconds, 2),
    row.peakRssMb === null ? '-' : fixed(row.peakRssMb, 0),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function extractRun(name: string, file: string, articles: number, textMb: number, extra: string[]): Promise<Row> {
  process.stderr.write(`bench: ${name}…\n`);
  const run: Measured = await measure(process.execPath, [BIN, 'extract', file, '--to', 'jsonl', ...extra]);
  if (run.lines !== articles) {
    throw new Error(`bench: ${name} wrote ${run.lines} records for ${articles} articles (exit ${run.code})\n${run.stderrTail}`);
  }
  if (run.code !== 0) process.stderr.write(`bench: ${name} exited with ${run.code} (some articles carry errors)\n`);
  return { name, articles, seconds: run.seconds, textMb, peakRssMb: run.peakRssMb };
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.log(`bench: skipped — the BBC corpus is not at ${CORPUS} (it lives in ../shared/data beside the checkout).`);
    return 0;
  }
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    console.error('bench: onrecord is not built; run `npm run build` first.');
    return 2;
  }
  const corpus = await readCorpus(CORPUS);
  const textMb = corpus.textBytes / MB;
  // The machine is shared: its load says how far the figures are from a quiet machine's.
  const loadBefore = loadavg();
  const machine = await parallelSpeedup();
  const rows: Row[] = [];
  const notes: string[] = [];
  // Node reads that file's certificates into a store as it starts, before any of our code: a third
  // of a start's instructions here (0.42 of 1.32 billion for one article under cachegrind).
  if (process.env['NODE_EXTRA_CA_CERTS'] !== undefined) notes.push('NODE_EXTRA_CA_CERTS is set: every onrecord process (and `node -e 0`) starts later, reading those certificates');
  const workers = ['--workers', String(machine.cores)];
  // The two modes, taking turns; the one the command line picks for the corpus by itself
  // (src/cli/crossover.ts) is marked the default. Memory is compared in one thread as the corpus grows.
  const defaultThreads = extractWorkers(statSync(CORPUS).size, machine.cores) === 0;
  const label = (mode: string, isDefault: boolean): string => `onrecord, ${mode}${isDefault ? ' (the default)' : ''}, median of ${ROUNDS}`;
  let code: CodeBench | null = null;
  // The two settings take turns, so a busy moment of the shared machine does not fall on one of them.
  const singles: Row[] = [];
  const parallels: Row[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    singles.push(await extractRun(label('--workers 0', defaultThreads), CORPUS, corpus.articles, textMb, ['--workers', '0']));
    parallels.push(await extractRun(label(`--workers ${machine.cores}`, !defaultThreads), CORPUS, corpus.articles, textMb, workers));
  }
  const single = median(singles);
  const parallel = median(parallels);
  rows.push(single, parallel);
  const base = single;
  const byDefault = defaultThreads ? single : parallel;
  // Memory is compared in one mode (one thread) as the corpus grows; throughput also with workers.
  const scratch = await mkdtemp(join(tmpdir(), 'onrecord-bench-'));
  try {
    for (const times of [2, 4]) {
      if (times > 2 && base.seconds > REPEAT_LIMIT) {
        notes.push(`${times}x corpus skipped: one pass took ${fixed(base.seconds, 1)} s, over the ${REPEAT_LIMIT} s limit`);
        continue;
      }
      const file = join(scratch, `bbc-x${times}.jsonl`);
      await repeatFile(CORPUS, file, times);
      rows.push(await extractRun(`onrecord, --workers 0, corpus x${times}`, file, corpus.articles * times, textMb * times, ['--workers', '0']));
      if (times === 4) rows.push(await extractRun(`onrecord, --workers ${machine.cores}, corpus x${times}`, file, corpus.articles * times, textMb * times, workers));
    }
    if (existsSync(DYADS)) {
      process.stderr.write('bench: onrecord code…\n');
      code = await benchCode(BIN, DYADS, scratch);
    } else {
      notes.push(`onrecord code skipped: ${DYADS} not found`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  process.stderr.write('bench: compromise…\n');
  const peer = runCompromise(corpus.texts, PEER_BUDGET);
  const peerMb = corpus.texts.slice(0, peer.articles).reduce((sum, text) => sum + Buffer.byteLength(text), 0) / MB;
  rows.push({ name: 'compromise quotations(), in-process', articles: peer.articles, seconds: peer.seconds, textMb: peerMb, peakRssMb: null });

  const rate = (row: Row): number => row.articles / row.seconds;
  const peerRate = peer.articles / peer.seconds;
  const largest = rows.filter((row) => row.name.includes('--workers 0, corpus x')).at(-1);
  console.log(`\nonrecord benchmark — BBC corpus: ${corpus.articles} articles, ${fixed(textMb, 2)} MB of text`);
  console.log(
    `node ${process.version}, ${machine.cores} logical cores (a CPU loop on ${machine.cores} threads runs ${fixed(machine.speedup, 2)}x one thread)`,
  );
  console.log(`load average (1, 5, 15 min) at the start: ${loadBefore.map((n) => fixed(n, 2)).join(', ')}; at the end: ${loadavg().map((n) => fixed(n, 2)).join(', ')}\n`);
  console.log(table(rows));
  console.log('');
  console.log(`speed ratio, onrecord default / compromise:        ${fixed(rate(byDefault) / peerRate, 1)}x`);
  console.log(`speed ratio, onrecord --workers 0 / compromise:     ${fixed(rate(single) / peerRate, 1)}x`);
  console.log(`speed ratio, onrecord --workers ${machine.cores} / compromise:      ${fixed(rate(parallel) / peerRate, 1)}x`);
  if (largest !== undefined && largest.peakRssMb !== null && base.peakRssMb !== null) {
    console.log(`peak RSS in one thread, corpus x1 → ${largest.name.replace(/.*corpus /, '')}: ${fixed(base.peakRssMb, 0)} → ${fixed(largest.peakRssMb, 0)} MB`);
  }
  console.log('onrecord rows time the whole process (start-up, reading, extraction, JSON output);');
  console.log(`compromise finds quotation marks only (no cue, no speaker), over ${peer.articles} articles in at most ${PEER_BUDGET} s.`);
  if (code !== null) {
    console.log(
      `onrecord code (whole process, plv-train sentences x20): ${code.sentences} sentences in ${fixed(code.seconds, 2)} s, ` +
        `${fixed(code.sentences / code.seconds, 0)} sentences/s, peak RSS ${code.peakRssMb === null ? '-' : fixed(code.peakRssMb, 0)} MB`,
    );
  }
  for (const note of notes) console.log(`note: ${note}`);
  return 0;
}

process.exitCode = await main();
