/**
 * The store benchmarks' synthetic corpus: the BBC corpus extracted once, then stored again and again
 * as new articles (new ids, URLs, dates over five years and ten invented sources), so that a store of
 * any size has the BBC's quotes, actors and events in realistic proportions.
 */
import type { ArticleRecord } from '../src/doc/record.js';
import { readInputs } from '../src/ingest/inputs.js';
import { extractAll } from '../src/pipeline/batch.js';
import { articleKey, contentHash } from '../src/store/identity.js';
import type { Store, StoredArticle } from '../src/store/store.js';
import { random } from './sampling.js';

/** The first day of the copies' dates, which span five years from it. */
export const START = Date.parse('2020-01-01');
/** A day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The invented sources the copies are spread over. */
export const SOURCES = ['Northgate Gazette', 'Kelmouth Herald', 'Bayside Business', 'Riverton Post', 'Harbour Notes', 'Invented Times', 'Daily Ledger', 'Evening Star', 'Weekly Review', 'Morning Wire'];

/** The records of the corpus at `path`, extracted on this thread. */
export async function extractCorpus(path: string): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for await (const record of extractAll(readInputs([path]), { workers: 0 })) records.push(record);
  return records;
}

/**
 * Article `n` of the synthetic corpus: record n mod the corpus's size under source n mod the sources'
 * count, with its own id and URL, and a date from `draw` (the next of the dates' random numbers,
 * drawn once per article in order from `random(7)`).
 */
export function copyOf(records: readonly ArticleRecord[], n: number, draw: number): StoredArticle {
  const base = records[n % records.length] as ArticleRecord;
  const date = new Date(START + Math.floor(draw * 5 * 365) * DAY_MS).toISOString().slice(0, 10);
  const record = { ...base, id: `bench-${n}`, url: `https://bench.example/${n}`, date, source: SOURCES[n % SOURCES.length] as string };
  return { key: articleKey(record), hash: contentHash(record), record };
}

/** Stores articles `first` to `total - 1` of the synthetic corpus (1,000 a batch); the seconds it took. */
export async function build(store: Store, records: ArticleRecord[], total: number, first = 0): Promise<number> {
  const started = performance.now();
  const next = random(7);
  // The dates of the articles before `first`, drawn and dropped, so article n has the same date however the build was split.
  for (let n = 0; n < first; n++) next();
  for (let from = first; from < total; from += 1000) {
    const batch = [];
    for (let n = from; n < Math.min(total, from + 1000); n++) batch.push(copyOf(records, n, next()));
    await store.put(batch);
    if (from % 10_000 === 0) process.stderr.write(`bench: ${from + batch.length} articles stored\n`);
  }
  return (performance.now() - started) / 1000;
}
