/**
 * What a server's first requests after a quiet spell cost: a pool of the server's size (10) warmed by
 * 400 requests, then, three times, 11 s idle and a burst of 40 requests from 10 clients (an actor's
 * page, a speaker's quotes, the top actors, events by code, drawn in turn). Prints each burst's p50,
 * max and the server's CPU a request (from /proc: the server must run on this machine), which counts
 * a backend's start when the pool connects again.
 * `node dist/bench/pg-idle.js --db postgres://…` (a store built by bench:pg-store)
 */
import { loadavg } from 'node:os';
import pg from 'pg';
import { openPostgresStore } from '../src/store/postgres/store.js';
import { ACTOR_LATEST } from '../src/server/api.js';
import type { Store } from '../src/store/store.js';
import { benchOptions } from './options.js';
import { cpuMs, percentile, random } from './sampling.js';

const POOL = 10;
const IDLE_MS = 11_000;

async function main(): Promise<number> {
  const values = benchOptions('node dist/bench/pg-idle.js --db postgres://…', ['db']);
  const url = values.db ?? process.env['ONRECORD_BENCH_PG'];
  if (url === undefined) {
    console.log('bench pg-idle: skipped — name a PostgreSQL store with --db postgres://… (bench:pg-store builds one).');
    return 0;
  }
  const store = openPostgresStore(url, { connections: POOL });
  const monitor = new pg.Client({ connectionString: url });
  await monitor.connect();
  try {
    const backends = async (): Promise<Map<number, number>> => {
      const { rows } = await monitor.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()");
      return new Map(rows.map((row: Record<string, unknown>) => [Number(row['pid']), cpuMs(Number(row['pid']))]));
    };
    const people = (await store.entities({ limit: 200, type: 'person' })).map((hit) => hit.actor);
    if (people.length === 0) {
      console.log('bench pg-idle: skipped — the store names no person (bench:pg-store builds one).');
      return 0;
    }
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const kinds: Array<(s: Store) => Promise<unknown>> = [
      (s) => s.actorPage(pick(people).key, { quotes: { limit: ACTOR_LATEST }, events: { limit: ACTOR_LATEST }, interactions: { limit: ACTOR_LATEST } }),
      (s) => s.quotes({ limit: 20, speaker: pick(people).name }),
      (s) => s.entities({ limit: 50 }),
      (s) => s.events({ limit: 20, code: 'ACCUSE' }),
    ];
    const burst = async (requests: number): Promise<number[]> => {
      const times: number[] = [];
      let left = requests;
      await Promise.all(
        Array.from({ length: POOL }, async () => {
          while (left-- > 0) {
            const started = performance.now();
            await pick(kinds)(store);
            times.push(performance.now() - started);
          }
        }),
      );
      return times.sort((a, b) => a - b);
    };
    await burst(400);
    console.log(`after ${IDLE_MS / 1000} s idle, 40 requests from ${POOL} clients over a pool of ${POOL}`);
    console.log('burst  p50 ms  max ms  server CPU ms a request  load average');
    for (let round = 1; round <= 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      const before = await backends();
      const times = await burst(40);
      let cpu = 0;
      for (const [pid, ms] of await backends()) cpu += ms - (before.get(pid) ?? 0);
      console.log(`${round}      ${percentile(times, 50).toFixed(1).padStart(6)}  ${(times.at(-1) ?? NaN).toFixed(1).padStart(6)}  ${(cpu / 40).toFixed(2).padStart(23)}  ${(loadavg()[0] ?? NaN).toFixed(1)}`);
    }
    return 0;
  } finally {
    await monitor.end();
    await store.close();
  }
}

process.exitCode = await main();
