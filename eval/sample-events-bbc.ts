/**
 * `node dist/eval/sample-events-bbc.js [N] [SEED]`: the seeded random sample of BBC sentences that
 * eval/events-bbc.json annotates. Candidates are the sentences of the corpus's politics articles
 * (in corpus order, then text order) in which the pipeline finds mentions of two or more different
 * actors (persons, organisations, countries); a mulberry32 generator seeded with SEED (18) shuffles
 * them (Fisher–Yates) and the first N (100) are kept, printed as JSON lines `{id, start, end, text}`
 * to read while annotating. The text is printed, never stored: the annotation file keeps offsets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';

const root = new URL('../../', import.meta.url);
const corpus = process.env.ONRECORD_DATA ? `${process.env.ONRECORD_DATA}bbc/bbc.jsonl` : fileURLToPath(new URL('../shared/data/bbc/bbc.jsonl', root));
const ACTOR_TYPES = new Set(['person', 'organization', 'country']);

/** A candidate sentence: article id and offsets. */
export interface SampledSentence {
  id: string;
  start: number;
  end: number;
}

/** A small seeded generator of numbers in [0, 1): the same seed gives the same sample anywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of a list in a random order (Fisher–Yates with the given generator). */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function candidates(articles: Array<{ id: string; topic: string; text: string }>): SampledSentence[] {
  const out: SampledSentence[] = [];
  for (const article of articles) {
    if (article.topic !== 'politics') continue;
    const record = extract({ id: article.id, text: article.text });
    const mentions = record.entities
      .filter((e) => ACTOR_TYPES.has(e.type))
      .flatMap((e) => e.mentions.map((m) => ({ entity: e.id, start: m.start })));
    for (const sentence of sentences(record.text)) {
      const inside = new Set(mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end).map((m) => m.entity));
      if (inside.size >= 2) out.push({ id: article.id, ...sentence });
    }
  }
  return out;
}

// Sentences as the record gives none: a full stop, question or exclamation mark (with any closing
// quote) followed by white space, or a paragraph break, ends one. Fixed here so that the sample does
// not move when the pipeline's sentence splitter changes.
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const boundary = /[.!?]["']?(?=\s)|\n+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push(trimmed(text, start, end));
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim() !== '') out.push(trimmed(text, start, text.length));
  return out;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function run(args: string[]): number {
  const n = Number(args[0] ?? 100);
  const seed = Number(args[1] ?? 18);
  if (!existsSync(corpus)) {
    process.stdout.write(`sample: skipped — ${corpus} not found\n`);
    return 0;
  }
  const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; topic: string; text: string });
  const pool = shuffled(candidates(articles), mulberry32(seed));
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  process.stderr.write(`sample: ${pool.length} candidate sentences; the first ${n} after shuffling with seed ${seed}\n`);
  for (const s of pool.slice(0, n)) process.stdout.write(JSON.stringify({ ...s, text: texts.get(s.id)?.slice(s.start, s.end) }) + '\n');
  return 0;
}

// Run only as a script, not when another script imports the generator.
if (process.argv[1]?.endsWith('sample-events-bbc.js')) process.exitCode = run(process.argv.slice(2));
