/**
 * Serve benchmark: `onrecord serve` on a store of 100,000 articles (built by bench/store.ts from the
 * BBC corpus when absent), loaded by autocannon at 200 concurrent connections over loopback with
 * varied arguments per request; then an article page's first paint in headless Chromium. Before the
 * load, each kind of request is also timed one at a time on a second server with its response cache
 * off: what the query and the page cost without the cache (service time, loopback HTTP included), and
 * the server's CPU per request (from /proc, so that time waiting for a core on a loaded machine is not counted).
 * `node dist/bench/serve.js [--db FILE] [--articles N] [--seconds S] [--warmup S] [--connections C] [--cache-mb M] [--only A,B]`
 * (`--cache-mb 0` runs the load with the cache off too; `--only` runs the request kinds whose names
 * contain one of the words, and the first paint when one of them is `paint`). Each kind first runs
 * `--warmup` seconds (default 2) at the same load, reported apart (its p99 and max): a service's first
 * seconds, with its code, statements, pages and cache cold, are not its steady state.
 * `--db postgres://…` serves a PostgreSQL store instead (bench/pg-store.js builds one).
 * Skips cleanly when neither the store nor the corpus to build it is there.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { chromium } from 'playwright-core';
import { CHROMIUM, pagePaints, paintLines, paintOf } from './page-paint.js';
import { openStore } from '../src/store/open.js';
import { repositoryRoot } from './root.js';
import { cpuMs, percentile, random } from './sampling.js';
import { benchOptions } from './options.js';

const ROOT = repositoryRoot();
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const WORDS = ['government', 'people', 'music', 'election', 'film', 'market', 'players', 'tax', 'phone', 'economy', 'minister', 'record'];
const CODES = ['CONSULT', 'ACCUSE', 'REQUEST', 'AGREE', 'REJECT'];
/** Requests per kind timed one at a time without the cache (enough for the server's CPU, counted in 10 ms ticks). */
const SERVICE_REQUESTS = 200;

/** Loads of each whole page measured, cold and warm. */
const PAGE_LOADS = 5;

async function startServer(db: string, cacheMb?: string): Promise<{ child: ChildProcess; base: string }> {
  const args = [join(ROOT, 'bin', 'onrecord'), 'serve', '--db', db, '--port', '0', ...(cacheMb === undefined ? [] : ['--cache-mb', cacheMb])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/[^\s]+\//.exec(out)?.[0];
      if (url !== undefined) resolve(url.replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`bench: the server exited (${code ?? 'signal'}) before listening`)));
  });
  return { child, base };
}

// Waits until the server answers a cheap request quickly again: the previous run's queued requests are done.
async function quiesce(base: string): Promise<void> {
  for (let quick = 0, tries = 0; quick < 3 && tries < 600; tries++) {
    const started = performance.now();
    await fetch(`${base}/api/openapi.json`).then((response) => response.arrayBuffer());
    quick = performance.now() - started < 20 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`bench: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

interface Scenario {
  name: string;
  path: (next: () => number) => string;
}

/**
 * First paint of article pages and, loaded after each, of the extract page: a short form that reads
 * nothing from the store, under the same stylesheet — the floor any page of the UI starts from.
 */
async function firstPaint(base: string, keys: string[]): Promise<{ fcp: number[]; ttfb: number[]; floor: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const fcp: number[] = [];
  const ttfb: number[] = [];
  const floor: number[] = [];
  try {
    const page = await browser.newPage();
    // One warm-up load: the stylesheet is then cached, as for a reader going from page to page.
    await page.goto(`${base}/articles/${encodeURIComponent(keys[0] ?? '')}`);
    for (const key of keys.slice(1)) {
      const timing = await paintOf(page, `${base}/articles/${encodeURIComponent(key)}`);
      fcp.push(timing.fcp);
      ttfb.push(timing.ttfb);
      floor.push((await paintOf(page, `${base}/extract`)).fcp);
    }
  } finally {
    await browser.close();
  }
  const sorted = (list: number[]): number[] => list.sort((a, b) => a - b);
  return { fcp: sorted(fcp), ttfb: sorted(ttfb), floor: sorted(floor) };
}

async function main(): Promise<number> {
  const values = benchOptions('node dist/bench/serve.js [--db FILE] [--articles N] [--seconds S] [--warmup S] [--connections C] [--cache-mb M] [--only A,B]', ['db', 'articles', 'seconds', 'warmup', 'connections', 'cache-mb', 'only']);
  const only = values.only?.split(',').filter((word) => word !== '');
  const wanted = (name: string): boolean => only === undefined || only.some((word) => name.includes(word));
  const articles = values.articles ?? '100000';
  const db = values.db ?? join(ROOT, 'scratch', `bench-serve-${articles}.db`);
  const seconds = Number(values.seconds ?? 10);
  const warmup = Number(values.warmup ?? 2);
  const connections = Number(values.connections ?? 200);
  // A PostgreSQL store (`--db postgres://…`, built by bench/pg-store.js) is served as it is.
  const postgres = /^postgres(ql)?:\/\//.test(db);
  if (!postgres && !existsSync(db)) {
    if (!existsSync(CORPUS)) {
      console.log(`bench serve: skipped — no store at ${db}, and the BBC corpus to build one is not at ${CORPUS}.`);
      return 0;
    }
    await mkdir(dirname(db), { recursive: true });
    console.log(`bench serve: building a store of ${articles} articles at ${db} with bench/store.js (once; later runs reuse it)…`);
    const built = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'store.js'), '--db', db, '--articles', articles], { stdio: 'inherit' });
    if (built.status !== 0) return built.status ?? 1;
  }
  // The server opens the store read-only, which needs the latest schema: an older store is migrated once here.
  await openStore(db).close();
  const { child, base } = await startServer(db, values['cache-mb']);
  let uncached: { child: ChildProcess; base: string } | undefined;
  try {
    const stats = await getJson<Record<string, number>>(`${base}/api/stats`);
    const actors = (await getJson<{ items: Array<{ actor: { key: string; name: string } }> }>(`${base}/api/entities?limit=200&type=person`)).items.map((h) => h.actor);
    const keys: string[] = [];
    const pickOffset = random(3);
    for (let i = 0; i < 10; i++) {
      const page = await getJson<{ items: Array<{ article: { key: string } }> }>(`${base}/api/articles?limit=50&offset=${Math.floor(pickOffset() * 10_000)}`);
      keys.push(...page.items.map((h) => h.article.key));
    }
    const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;
    const day = (next: () => number): string => new Date(Date.parse('2020-01-01') + Math.floor(next() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const scenarios: Scenario[] = ([
      { name: 'GET /api/quotes?speaker=NAME', path: (next) => `/api/quotes?limit=20&speaker=${encodeURIComponent(pick(actors, next).name)}` },
      { name: 'GET /api/quotes?search=WORD', path: (next) => `/api/quotes?limit=20&search=${pick(WORDS, next)}` },
      { name: 'GET /api/quotes?from=DAY&to=DAY (a month)', path: (next) => {
        const month = day(next).slice(0, 8);
        return `/api/quotes?limit=20&from=${month}01&to=${month}28`;
      } },
      { name: 'GET /api/articles?offset=N', path: (next) => `/api/articles?limit=20&offset=${Math.floor(next() * 10_000)}` },
      { name: 'GET /api/articles/KEY', path: (next) => `/api/articles/${encodeURIComponent(pick(keys, next))}` },
      { name: 'GET /api/entities/KEY', path: (next) => `/api/entities/${encodeURIComponent(pick(actors, next).key)}` },
      { name: 'GET /api/events?code=CODE', path: (next) => `/api/events?limit=20&code=${pick(CODES, next)}` },
      { name: 'GET /api/interactions?code=CODE (network)', path: (next) => `/api/interactions?limit=100${next() < 0.2 ? '' : `&code=${pick(CODES, next)}`}` },
      { name: 'GET /api/stats', path: () => '/api/stats' },
      { name: 'GET /dashboard (HTML page)', path: () => '/dashboard' },
      { name: 'GET /articles/KEY (HTML page)', path: (next) => `/articles/${encodeURIComponent(pick(keys, next))}` },
    ] satisfies Scenario[]).filter((scenario) => wanted(scenario.name));
    // Service time without the cache: one request at a time, the same arguments as under load.
    uncached = await startServer(db, '0');
    const service = new Map<string, number[]>();
    const serverCpu = new Map<string, number>();
    for (const scenario of scenarios) {
      const next = random(scenario.name.length * 17);
      const times: number[] = [];
      const cpuBefore = cpuMs(uncached.child.pid);
      for (let i = 0; i < SERVICE_REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(`${uncached.base}${scenario.path(next)}`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`bench: ${scenario.path(next)} answered ${response.status} without the cache`);
        times.push(performance.now() - started);
      }
      service.set(scenario.name, times.sort((a, b) => a - b));
      serverCpu.set(scenario.name, (cpuMs(uncached.child.pid) - cpuBefore) / SERVICE_REQUESTS);
    }
    uncached.child.kill('SIGTERM');
    const rows: string[][] = [];
    for (const scenario of scenarios) {
      const next = random(scenario.name.length * 17);
      const paths = new Set<string>();
      await quiesce(base);
      // The same stream of requests: the measured part goes on drawing arguments, new URLs included.
      const load = (duration: number): Promise<Result> =>
        autocannon({
          url: base,
          connections,
          duration,
          requests: [{ setupRequest: (request) => {
            const path = scenario.path(next);
            paths.add(path);
            return { ...request, path };
          } }],
        });
      const cold = warmup > 0 ? await load(warmup) : undefined;
      // The machine is shared: its load during the measured seconds says how far the numbers are the server's.
      const before = loadavg()[0] ?? NaN;
      const result = await load(seconds);
      const after = loadavg()[0] ?? NaN;
      const times = service.get(scenario.name) ?? [];
      rows.push([
        scenario.name,
        percentile(times, 50).toFixed(1),
        percentile(times, 99).toFixed(1),
        (serverCpu.get(scenario.name) ?? NaN).toFixed(2),
        String(result.latency.p50),
        String(result.latency.p99),
        String(result.latency.max),
        result.requests.average.toFixed(0),
        String(paths.size),
        String(result.non2xx + result.errors + result.timeouts),
        cold === undefined ? '-' : `${cold.latency.p99} / ${cold.latency.max}`,
        `${before.toFixed(1)}–${after.toFixed(1)}`,
      ]);
      process.stderr.write(`bench: ${scenario.name} done\n`);
    }
    const header = ['request (varied arguments)', 'alone p50', 'alone p99', 'CPU ms', 'p50 ms', 'p99 ms', 'max ms', 'req/s', 'URLs', 'failed', 'warm-up p99 / max', 'load avg'];
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => (cells[i] ?? '').length)));
    const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
    console.log(`\nonrecord serve benchmark — ${(stats['articles'] ?? 0).toLocaleString('en-US')} articles, ${(stats['quotes'] ?? 0).toLocaleString('en-US')} quotes, ${(stats['actors'] ?? 0).toLocaleString('en-US')} actors, ${stats['events'] ?? 0} events`);
    const cache = values['cache-mb'] === '0' ? 'response cache off' : `response cache ${values['cache-mb'] ?? '64'} MB`;
    console.log(`autocannon, ${connections} connections, ${seconds} s per request kind after ${warmup} s of warm-up at the same load, loopback; one server process, ${cache}`);
    console.log(`alone: ${SERVICE_REQUESTS} requests one at a time with the cache off (service time; CPU ms: the server's CPU per request, from /proc); URLs: distinct URLs sent (warm-up included)`);
    console.log(`load avg: the machine's 1-minute load average before and after the measured seconds (${cpus().length} cores)\n`);
    console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
    if (!wanted('paint')) console.log('\nFirst paint not measured (--only).');
    else if (existsSync(CHROMIUM)) {
      const sample = keys.filter((_, i) => i % 25 === 0).slice(0, 21);
      const { fcp, ttfb, floor } = await firstPaint(base, sample);
      console.log(`\nArticle page in Chromium (${fcp.length} articles, warm cache for the stylesheet): first contentful paint p50 ${percentile(fcp, 50).toFixed(0)} ms, max ${(fcp.at(-1) ?? NaN).toFixed(0)} ms; time to first byte p50 ${percentile(ttfb, 50).toFixed(0)} ms`);
      console.log(`The extract page (a short form, no store read) after each: first contentful paint p50 ${percentile(floor, 50).toFixed(0)} ms, max ${(floor.at(-1) ?? NaN).toFixed(0)} ms`);
      // Cold: a server started afresh per load with its cache off, so the page is computed from the store.
      const pages = await pagePaints(['/dashboard', '/network'], PAGE_LOADS, () => startServer(db, '0'), base);
      console.log(['Whole pages (cold: a fresh server per load, response cache off, new browser context; warm: this server after one load):', ...paintLines(pages)].join('\n  '));
    } else console.log(`\nFirst paint skipped: no Chromium at ${CHROMIUM}.`);
    return 0;
  } finally {
    child.kill('SIGTERM');
    uncached?.child.kill('SIGTERM');
  }
}

process.exitCode = await main();
