/**
 * PostgreSQL store benchmark: a store of N articles (the synthetic corpus of synth.ts; built up to N
 * when it holds fewer, reported with the time it took), then each kind of query the API asks, run by
 * C clients at once over a pool of C connections: p50, p99 and max per kind. Then page 1 against page
 * 1,000 of the quotes (by offset, and after a row), and the plan (EXPLAIN ANALYZE) of every statement
 * of each kind, written to a file; the slowest three kinds' plans are printed.
 * `node dist/bench/pg-store.js --db postgres://… [--articles N] [--writers W] [--connections C] [--requests R] [--warmup R] [--plans FILE] [--corpus FILE] [--kinds WORDS] [--recount PERIOD]`
 * (--recount PERIOD: a store copied in bulk has its sums counted again first, each step timed; PERIOD is
 * the articles after which its corpus repeats, 4,450 for the BBC corpus's 2,225 records under 10 sources.)
 * (--warmup: requests per kind before the measured ones, 100 by default. PostgreSQL plans a named
 * statement afresh at each of its first five runs on a connection before it keeps a generic plan, so a
 * warm-up of 10 per connection measures a server whose connections have served a while.)
 * (An empty store is filled by pg-bulk.ts: the first articles written, the rest copied from them in
 * bulk. A store that holds some, or --writers W, is filled by the writer: W writers at once build W
 * parts of the missing range, and the database then uses W cores. The store held is taken to be a
 * prefix of the corpus, so an interrupted build of more than one writer is started again from scratch.)
 * Skips cleanly without --db (or ONRECORD_BENCH_PG), or without the corpus when the store must grow.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { numbered } from '../src/store/postgres/db.js';
import { openPostgresStore } from '../src/store/postgres/store.js';
import { ACTOR_LATEST } from '../src/server/api.js';
import { positionOf, type Store } from '../src/store/store.js';
import { repositoryRoot } from './root.js';
import { build, DAY_MS, extractCorpus, SOURCES, START } from './synth.js';
import { bulkBuild, countAgain } from './pg-bulk.js';
import { cpuMs, percentile, random } from './sampling.js';
import { benchOptions } from './options.js';

/** The BBC corpus beside the checkout (a worktree elsewhere names it with --corpus). */
const CORPUS = join(repositoryRoot(), '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const WORDS = ['government', 'people', 'music', 'election', 'film', 'market', 'players', 'tax', 'phone', 'economy', 'minister', 'record'];
const CODES = ['CONSULT', 'ACCUSE', 'REQUEST', 'AGREE', 'REJECT'];

interface Kind {
  name: string;
  run: (store: Store, next: () => number) => Promise<unknown>;
}

// Runs `kind` `requests` times from `clients` loops at once; the latencies, sorted.
async function load(store: Store, kind: Kind, clients: number, requests: number): Promise<number[]> {
  const next = random(kind.name.length * 13);
  const times: number[] = [];
  let left = requests;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (left > 0) {
        left -= 1;
        const started = performance.now();
        await kind.run(store, next);
        times.push(performance.now() - started);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

// The CPU (ms) used so far by each backend serving this database, by pid: read from /proc, so only
// when the server runs on this machine (NaN otherwise).
async function backendsCpu(monitor: pg.Client): Promise<Map<number, number>> {
  const { rows } = await monitor.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()");
  return new Map(rows.map((row: Record<string, unknown>) => [Number(row['pid']), cpuMs(Number(row['pid']))]));
}

// The CPU (ms) the backends used between two readings (a backend that exited in between is not counted).
function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

// The median of `runs` sequential calls.
async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

// The plans of the statements one run of `kind` makes, each EXPLAIN ANALYZEd on its own connection.
async function plans(url: string, kind: Kind): Promise<string> {
  const statements: Array<[string, readonly unknown[]]> = [];
  const traced = openPostgresStore(url, { readonly: true, connections: 1, onQuery: (sql, params) => statements.push([sql, params]) });
  const client = new pg.Client({ connectionString: url });
  try {
    await kind.run(traced, random(kind.name.length * 13));
    await client.connect();
    const out: string[] = [];
    for (const [sql, params] of statements) {
      if (!/^\s*(SELECT|WITH)\b/i.test(sql) || /schema_migrations|to_regclass|store_totals/.test(sql)) continue;
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${numbered(sql)}`, params as unknown[]);
      out.push(`-- ${sql.replace(/\s+/g, ' ').slice(0, 300)}\n${plan.rows.map((row: Record<string, unknown>) => String(row['QUERY PLAN'])).join('\n')}`);
    }
    return out.join('\n\n');
  } finally {
    await client.end().catch(() => undefined);
    await traced.close();
  }
}

async function main(): Promise<number> {
  const values = benchOptions('node dist/bench/pg-store.js --db postgres://… [--articles N] [--writers W] [--connections C] [--requests R] [--warmup R] [--plans FILE] [--corpus FILE] [--kinds WORDS] [--recount PERIOD]', ['db', 'articles', 'connections', 'requests', 'warmup', 'plans', 'writers', 'corpus', 'kinds', 'recount']);
  const corpus = values.corpus ?? CORPUS;
  const url = values.db ?? process.env['ONRECORD_BENCH_PG'];
  if (url === undefined) {
    console.log('bench pg-store: skipped — name a PostgreSQL store with --db postgres://… (scripts/pg-throwaway.sh starts one).');
    return 0;
  }
  const total = Number(values.articles ?? 1_000_000);
  const clients = Number(values.connections ?? 50);
  const requests = Number(values.requests ?? 1000);
  const warmup = Number(values.warmup ?? Math.min(100, requests));
  const store = openPostgresStore(url, { connections: clients });
  try {
    const held = (await store.counts()).articles;
    let buildNote = `queried as it was (${held.toLocaleString('en-US')} articles; --articles ${total.toLocaleString('en-US')} asked)`;
    if (held < total) {
      if (!existsSync(corpus)) {
        console.log(`bench pg-store: skipped — the store holds ${held} articles and the BBC corpus to build more is not at ${corpus} (--corpus FILE).`);
        return 0;
      }
      process.stderr.write('bench: extracting the corpus once…\n');
      const records = await extractCorpus(corpus);
      const writers = Number(values.writers ?? 1);
      const started = performance.now();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        if (held === 0 && values.writers === undefined) {
          await bulkBuild(store, client, records, total, (note) => process.stderr.write(`bench: ${note}\n`));
        } else {
          const part = Math.ceil((total - held) / writers / 1000) * 1000;
          await Promise.all(Array.from({ length: writers }, (_, w) => build(store, records, Math.min(total, held + (w + 1) * part), held + w * part)));
        }
        const seconds = (performance.now() - started) / 1000;
        const how = held === 0 && values.writers === undefined ? 'copied in bulk' : `by ${writers} writer${writers === 1 ? '' : 's'}`;
        buildNote = `${(total - held).toLocaleString('en-US')} articles added in ${seconds.toFixed(0)} s ${how} (${((total - held) / seconds).toFixed(0)} articles/s, extraction aside)`;
        // Measured as autovacuum leaves a store between writes: the statistics taken, the pages marked all
        // visible (an index then answers alone, without reading each row's page).
        await client.query('VACUUM (ANALYZE)');
      } finally {
        await client.end();
      }
    }
    if (values.recount !== undefined) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await countAgain(client, Number(values.recount), (note) => process.stderr.write(`bench: ${note}\n`));
        await client.query('VACUUM (ANALYZE)');
      } finally {
        await client.end();
      }
    }
    const counts = await store.counts();
    const people = (await store.entities({ limit: 200, type: 'person' })).map((hit) => hit.actor);
    const keys = (await store.articles({ limit: 500, offset: 5000 })).map((hit) => hit.article.key);
    const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;
    const month = (next: () => number): { from: string; to: string } => {
      const from = new Date(START + Math.floor(next() * 5 * 365) * DAY_MS);
      return { from: from.toISOString().slice(0, 10), to: new Date(from.getTime() + 27 * DAY_MS).toISOString().slice(0, 10) };
    };
    const deep = await store.quotes({ limit: 1, offset: 19_979 });
    const allKinds: Kind[] = [
      { name: 'quotes ?speaker=NAME', run: (s, next) => s.quotes({ limit: 20, speaker: pick(people, next).name }) },
      { name: 'quotes ?search=WORD', run: (s, next) => s.quotes({ limit: 20, search: pick(WORDS, next) }) },
      { name: 'quotes ?from&to (a month)', run: (s, next) => s.quotes({ limit: 20, ...month(next) }) },
      { name: 'quotes ?source&from&to', run: (s, next) => s.quotes({ limit: 20, source: pick(SOURCES, next), ...month(next) }) },
      { name: 'articles ?offset=N (N < 10,000)', run: (s, next) => s.articles({ limit: 20, offset: Math.floor(next() * 10_000) }) },
      { name: 'articles/KEY', run: (s, next) => s.article(pick(keys, next)) },
      // As the API's detail asks it: one store call for the actor and the first page of each of its lists.
      { name: 'entities/KEY (actor page)', run: (s, next) => s.actorPage(pick(people, next).key, { quotes: { limit: ACTOR_LATEST }, events: { limit: ACTOR_LATEST }, interactions: { limit: ACTOR_LATEST } }) },
      { name: 'entities (top actors)', run: (s) => s.entities({ limit: 50 }) },
      { name: 'entities ?from&to (a month)', run: (s, next) => s.entities({ limit: 50, ...month(next) }) },
      { name: 'events ?code=CODE', run: (s, next) => s.events({ limit: 20, code: pick(CODES, next) }) },
      { name: 'interactions ?code=CODE (network)', run: (s, next) => s.interactions({ limit: 100, ...(next() < 0.2 ? {} : { code: pick(CODES, next) }) }) },
      { name: 'stats (dashboard)', run: (s) => s.stats?.() ?? Promise.resolve(null) },
    ];
    // --kinds: only the kinds whose name holds these words (to compare two builds on one kind).
    const kinds = values.kinds === undefined ? allKinds : allKinds.filter((kind) => kind.name.includes(values.kinds ?? ''));
    // What a request costs in CPU, whatever the load: this process's (the driver, the store's code) and
    // the server's backends' (parse, plan, run), each per request.
    const monitor = new pg.Client({ connectionString: url });
    await monitor.connect();
    const rows: Array<{ name: string; p50: number; p99: number; max: number; clientCpu: number; serverCpu: number }> = [];
    const loadBefore = loadavg()[0] ?? NaN;
    try {
      for (const kind of kinds) {
        await load(store, kind, clients, warmup);
        const [ownBefore, serverBefore] = [process.cpuUsage(), await backendsCpu(monitor)];
        const times = await load(store, kind, clients, requests);
        const own = process.cpuUsage(ownBefore);
        const serverCpu = cpuBetween(serverBefore, await backendsCpu(monitor)) / requests;
        rows.push({ name: kind.name, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? NaN, clientCpu: (own.user + own.system) / 1000 / requests, serverCpu });
        process.stderr.write(`bench: ${kind.name} done\n`);
      }
    } finally {
      await monitor.end();
    }
    const first = await median(20, () => store.quotes({ limit: 20 }));
    const byOffset = await median(20, () => store.quotes({ limit: 20, offset: 19_980 }));
    const after = deep[0] === undefined ? NaN : await median(20, () => store.quotes({ limit: 20, after: positionOf(deep[0] as (typeof deep)[number]) }));
    const lastPage = Math.max(0, counts.quotes - 20);
    const byOffsetLast = await median(5, () => store.quotes({ limit: 20, offset: lastPage }));
    const lastRow = (await store.quotes({ limit: 1, offset: lastPage - 1 }))[0];
    const afterLast = lastRow === undefined ? NaN : await median(20, () => store.quotes({ limit: 20, after: positionOf(lastRow) }));
    console.log(`\nonrecord PostgreSQL store benchmark — ${counts.articles.toLocaleString('en-US')} articles, ${counts.quotes.toLocaleString('en-US')} quotes, ${counts.actors.toLocaleString('en-US')} actors, ${counts.events.toLocaleString('en-US')} events; ${buildNote}`);
    console.log(`${clients} clients at once over ${clients} connections, ${requests} requests per kind after ${warmup} of warm-up, arguments varied; load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? NaN).toFixed(1)} at the end`);
    // The model: C clients in a closed loop on k cores free of other work wait C × (CPU a request) / k on average.
    const cores = availableParallelism();
    console.log(`model: ${clients} clients × (CPU a request here + server) / ${cores} cores = the mean latency on a machine free of other work\n`);
    const width = Math.max(...rows.map((row) => row.name.length));
    console.log(`${'query'.padEnd(width)}  p50 ms  p99 ms  max ms  CPU ms a request: here, server  model ms`);
    for (const row of rows) {
      const model = (clients * (row.clientCpu + row.serverCpu)) / cores;
      console.log(`${row.name.padEnd(width)}  ${row.p50.toFixed(1).padStart(6)}  ${row.p99.toFixed(1).padStart(6)}  ${row.max.toFixed(1).padStart(6)}  ${row.clientCpu.toFixed(2).padStart(6)}, ${row.serverCpu.toFixed(2).padStart(6)}  ${model.toFixed(1).padStart(20)}`);
    }
    console.log(`\nquotes, 20 a page, median of sequential runs: page 1 ${first.toFixed(2)} ms; page 1,000 by offset ${byOffset.toFixed(2)} ms, after its row ${after.toFixed(2)} ms; the last page by offset ${byOffsetLast.toFixed(2)} ms, after its row ${afterLast.toFixed(2)} ms`);
    const slowest = [...rows].sort((a, b) => b.p99 - a.p99).slice(0, 3);
    const text: string[] = [];
    for (const kind of kinds) text.push(`## ${kind.name}\n${await plans(url, kind)}`);
    const file = values.plans ?? join(repositoryRoot(), 'scratch', 'pg-plans.txt');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${text.join('\n\n')}\n`);
    console.log(`\nPlans of every kind in ${file}; the slowest three by p99:`);
    for (const row of slowest) console.log(`\n## ${row.name}\n${await plans(url, kinds.find((kind) => kind.name === row.name) as Kind)}`);
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
