/**
 * `npm run eval:people -- GOLD`: scores the people entities against gold lists of the people each
 * article names, JSON lines `{id, people: [...], text?}`. Lines without text take it from the BBC
 * corpus in the shared data beside the checkout (by id); the scoring skips cleanly when neither is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';
import { scorePeople, type PeoplePair } from '../src/eval/people.js';
import { nameWords } from '../src/text/fold.js';

const root = new URL('../../', import.meta.url);
const corpus = fileURLToPath(new URL('../shared/data/bbc/bbc.jsonl', root));

interface GoldLine {
  id: string;
  people: string[];
  text?: string;
}

function lines<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

function run(args: string[]): number {
  const [file, flag] = args;
  if (file === undefined) {
    process.stderr.write('usage: npm run eval:people -- GOLD.jsonl [--misses]\n');
    return 2;
  }
  const gold = lines<GoldLine>(file);
  const texts = new Map<string, string>();
  if (gold.some((g) => g.text === undefined)) {
    if (!existsSync(corpus)) {
      process.stdout.write(`eval:people: skipped — ${corpus} not found and the gold has no texts\n`);
      return 0;
    }
    for (const a of lines<{ id: string; text: string }>(corpus)) texts.set(a.id, a.text);
  }
  const pairs: PeoplePair[] = [];
  // Quotes whose speaker is one of the listed people (by surname), and how many name them in full.
  let speakers = 0;
  let fullNames = 0;
  for (const g of gold) {
    const text = g.text ?? texts.get(g.id);
    if (text === undefined) continue;
    const record = extract({ id: g.id, text });
    const predicted = record.entities.filter((e) => e.type === 'person').map((e) => e.name);
    pairs.push({ gold: g.people, predicted });
    const listed = new Map(g.people.map((p) => [nameWords(p).join(' '), nameWords(p).at(-1)]));
    for (const quote of record.quotes) {
      const name = nameWords(quote.speaker?.name ?? '');
      if (name.length === 0 || ![...listed.values()].includes(name.at(-1))) continue;
      speakers++;
      if (listed.has(name.join(' '))) fullNames++;
    }
    if (flag === '--misses') {
      const missing = g.people.filter((p) => !predicted.includes(p));
      const extra = predicted.filter((p) => !g.people.includes(p));
      if (missing.length + extra.length > 0) process.stdout.write(`${g.id}\n  missing: ${missing.join(' | ')}\n  extra:   ${extra.join(' | ')}\n`);
    }
  }
  const s = scorePeople(pairs);
  process.stdout.write(
    `people over ${s.articles} articles: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched} (partial ${s.partial})\n` +
      `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}\n` +
      `quotes spoken by a listed person: ${speakers}, naming them by the full name: ${fullNames} (${(speakers === 0 ? 0 : fullNames / speakers).toFixed(3)})\n`,
  );
  return 0;
}

process.exitCode = run(process.argv.slice(2));
