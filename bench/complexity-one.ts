/**
 * One run of the complexity bench, in a process of its own: extracts one adversarial input of a given
 * size and prints, as JSON, the CPU and wall seconds extraction took and the process's peak memory.
 * `node dist/bench/complexity-one.js NAME BYTES`.
 */
import { extract } from '../src/pipeline/extract.js';
import { htmlArticle } from '../src/ingest/html.js';
import { ADVERSARIAL } from './adversarial.js';

/** What one run measured. */
export interface OneRun {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
  quotes: number;
}

function main(): number {
  const [name, bytes] = process.argv.slice(2);
  const pattern = ADVERSARIAL.find((candidate) => candidate.name === name);
  if (pattern === undefined || bytes === undefined || !/^\d+$/.test(bytes)) {
    console.error(`usage: complexity-one NAME BYTES (NAME one of: ${ADVERSARIAL.map((a) => a.name).join('; ')})`);
    return 2;
  }
  const source = pattern.make(Number(bytes));
  // Warm up the models, so the measure is of the input and not of loading them.
  extract({ id: 'warm-up', text: '"We are ready," Ann Lee said.' });
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const input = pattern.kind === 'html' ? htmlArticle(Buffer.from(source), 'page').input : { id: 'text', text: source };
  const record = extract(input);
  const used = process.cpuUsage(cpu);
  const run: OneRun = {
    cpuSeconds: (used.user + used.system) / 1e6,
    wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    quotes: record.quotes.length,
  };
  console.log(JSON.stringify(run));
  return 0;
}

process.exitCode = main();
