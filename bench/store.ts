/**
 * Store benchmark: builds a store of 100,000 articles (the BBC corpus extracted once, then stored
 * again and again under new URLs, dates and sources) and times typical queries: p50 and p99 over
 * many runs with varied arguments. Skips cleanly when the corpus is absent.
 * `node dist/bench/store.js [--articles N] [--db FILE]` (an existing FILE is queried as it is).
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/store.js';
import { repositoryRoot } from './root.js';
import { build, DAY_MS, extractCorpus, SOURCES, START } from './synth.js';
import { percentile, random } from './sampling.js';
import { benchOptions } from './options.js';

const CORPUS = join(repositoryRoot(), '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const SEARCH_WORDS = ['government', 'people', 'music', 'election', 'film', 'market', 'players', 'tax', 'phone', '"prime minister"', 'econom*', 'record sales'];
const RUNS = 200;

async function time(name: string, query: (next: () => number) => Promise<unknown[]>): Promise<string[]> {
  const next = random(name.length * 31);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    rows += (await query(next)).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [name, percentile(times, 50).toFixed(2), percentile(times, 99).toFixed(2), (times.at(-1) ?? 0).toFixed(2), (rows / RUNS).toFixed(1)];
}

async function main(): Promise<number> {
  const values = benchOptions('node dist/bench/store.js [--articles N] [--db FILE]', ['articles', 'db']);
  const total = Number(values.articles ?? 100_000);
  if (!existsSync(CORPUS) && (values.db === undefined || !existsSync(values.db))) {
    console.log(`bench store: skipped — the BBC corpus is not at ${CORPUS} (it lives in ../shared/data beside the checkout).`);
    return 0;
  }
  const scratch = values.db === undefined ? await mkdtemp(join(tmpdir(), 'onrecord-bench-store-')) : null;
  const path = values.db ?? join(scratch ?? '.', 'store.db');
  try {
    const fresh = !existsSync(path);
    const store = openSqliteStore(path);
    let buildNote = `queried as it was: ${path}`;
    if (fresh) {
      process.stderr.write('bench: extracting the corpus once…\n');
      const records = await extractCorpus(CORPUS);
      const seconds = await build(store, records, total);
      buildNote = `built in ${seconds.toFixed(0)} s (${(total / seconds).toFixed(0)} articles/s stored, extraction aside)`;
    }
    const counts = await store.counts();
    const top = (await store.entities({ limit: 200, type: 'person' })).map((hit) => hit.actor.name);
    const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;
    const month = (next: () => number): { from: string; to: string } => {
      const from = new Date(START + Math.floor(next() * 5 * 365) * DAY_MS);
      return { from: from.toISOString().slice(0, 10), to: new Date(from.getTime() + 30 * DAY_MS).toISOString().slice(0, 10) };
    };
    const rows = [
      await time('quotes --speaker NAME', (next) => store.quotes({ speaker: pick(top, next) })),
      await time('quotes --speaker SURNAME', (next) => store.quotes({ speaker: pick(top, next).split(' ').at(-1) ?? '' })),
      await time('quotes --from --to (a month)', (next) => store.quotes(month(next))),
      await time('quotes --search WORDS', (next) => store.quotes({ search: pick(SEARCH_WORDS, next) })),
      await time('quotes --search --from --to', (next) => store.quotes({ search: pick(SEARCH_WORDS, next), ...month(next) })),
      await time('quotes --source --from --to', (next) => store.quotes({ source: pick(SOURCES, next), ...month(next) })),
      await time('quotes --speaker --search', (next) => store.quotes({ speaker: pick(top, next), search: pick(SEARCH_WORDS, next) })),
      await time('entities (top actors)', () => store.entities({})),
      await time('entities --actor NAME', (next) => store.entities({ actor: pick(top, next) })),
      await time('entities --from --to (a month)', (next) => store.entities(month(next))),
      await time('events --code --from --to', (next) => store.events({ code: 'CONSULT', ...month(next) })),
    ];
    await store.close();
    const header = ['query (limit 50)', 'p50 ms', 'p99 ms', 'max ms', 'rows'];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => (cells[i] ?? '').length)));
    const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
    const size = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
    console.log(`\nonrecord store benchmark — SQLite, ${counts.articles.toLocaleString('en-US')} articles, ${counts.quotes.toLocaleString('en-US')} quotes, ${counts.actors.toLocaleString('en-US')} actors, ${counts.events} events`);
    console.log(`database ${(size / 1024 / 1024).toFixed(0)} MB; ${buildNote}; ${RUNS} runs per query, arguments varied\n`);
    console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
    return 0;
  } finally {
    if (scratch !== null) await rm(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
