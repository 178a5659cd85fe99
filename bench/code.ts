/**
 * Throughput of `onrecord code` as a whole process, on the PLOVER dyad sentences (plv-train.tsv)
 * repeated to a few tens of thousands of lines, so start-up does not dominate.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePloverTsv } from '../src/eval/read-events.js';
import { measure } from './measure.js';

/** What one run of `onrecord code` measured. */
export interface CodeBench {
  sentences: number;
  seconds: number;
  peakRssMb: number | null;
}

/** Copies of the dyad file in the input: about 21,000 sentences. */
const REPEAT = 20;

/** Writes the dyads as `onrecord code` input into `scratch` and times the command on them. */
export async function benchCode(bin: string, dyads: string, scratch: string): Promise<CodeBench> {
  const items = parsePloverTsv(readFileSync(dyads, 'utf8')).items;
  const lines = items.map((item) => JSON.stringify({ id: item.id, text: item.text, source: item.source, target: item.target }));
  const file = join(scratch, 'dyads.jsonl');
  await writeFile(file, `${Array.from({ length: REPEAT }, () => lines.join('\n')).join('\n')}\n`);
  const run = await measure(process.execPath, [bin, 'code', file]);
  const sentences = lines.length * REPEAT;
  if (run.lines !== sentences) throw new Error(`bench: onrecord code wrote ${run.lines} lines for ${sentences} sentences (exit ${run.code})\n${run.stderrTail}`);
  return { sentences, seconds: run.seconds, peakRssMb: run.peakRssMb };
}
