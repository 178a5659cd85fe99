/**
 * `node dist/eval/sample-bbc-events.js [N] [SEED]`: N (50) events drawn at random (mulberry32
 * seeded with SEED, 50; Fisher–Yates over every event of the BBC corpus in corpus order) for reading
 * by hand: the check of issue 18 ("of 50 random events, at least 45 right in code, actors and flags").
 * Prints one block per event: article id, trigger offset, the sentence, and what the record says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { mulberry32, shuffled } from './sample-events-bbc.js';

const root = new URL('../../', import.meta.url);
const corpus = process.env.ONRECORD_DATA ? `${process.env.ONRECORD_DATA}bbc/bbc.jsonl` : fileURLToPath(new URL('../shared/data/bbc/bbc.jsonl', root));

function run(args: string[]): number {
  const n = Number(args[0] ?? 50);
  const seed = Number(args[1] ?? 50);
  if (!existsSync(corpus)) {
    process.stdout.write(`sample: skipped — ${corpus} not found\n`);
    return 0;
  }
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const all = lines.flatMap((line) => {
    const article = JSON.parse(line) as { id: string; text: string };
    const record = extract({ id: article.id, text: article.text });
    return record.events.map((event) => ({ id: article.id, text: record.text, event }));
  });
  process.stdout.write(`sample: ${all.length} events; ${n} after shuffling with seed ${seed}\n`);
  for (const { id, text, event: e } of shuffled(all, mulberry32(seed)).slice(0, n)) {
    const flags = `${e.negated ? 'negated ' : ''}${e.modality}${e.political ? ', political' : ''}`;
    process.stdout.write(`\n${id}@${e.trigger.start} ${e.code}${e.mode ? `/${e.mode}` : ''} ${e.source.name} (${e.source.kind ?? '?'}) -> ${e.target.name} (${e.target.kind ?? '?'}) [${e.trigger.text}] ${flags}\n  ${text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ')}\n`);
  }
  return 0;
}

process.exitCode = run(process.argv.slice(2));
