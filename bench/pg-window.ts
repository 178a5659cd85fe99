/**
 * The actors within a window of days (PostgreSQL), read from the months' leaders against the weeks'
 * (src/store/postgres/actor-window.ts), on the store as it is: the two called in turn on one connection
 * over the same windows of 28 days, each answer summed in full when the leaders do not decide it. Prints
 * each period's server CPU a call (from /proc: the server must run on this machine), its median time,
 * and how often its leaders did not decide the page. What the store's size switch (WEEKS_FROM) is
 * chosen by.
 * `node dist/bench/pg-window.js --db postgres://… [--windows N] [--rounds R]`
 */
import pg from 'pg';
import { Where } from '../src/store/sql/where.js';
import { createPool, queryable } from '../src/store/postgres/db.js';
import { leadersOfDays, periodFor } from '../src/store/postgres/actor-window.js';
import { MONTH, WEEK, type Period } from '../src/store/postgres/periods.js';
import { findScopedActors } from '../src/store/postgres/scoped-actors.js';
import { openPostgresStore } from '../src/store/postgres/store.js';
import { loadavg } from 'node:os';
import { benchOptions } from './options.js';
import { cpuMs, percentile, random } from './sampling.js';
import { DAY_MS, START } from './synth.js';

async function main(): Promise<number> {
  const values = benchOptions('node dist/bench/pg-window.js --db postgres://… [--windows N] [--rounds R]', ['db', 'windows', 'rounds']);
  const url = values.db ?? process.env['ONRECORD_BENCH_PG'];
  if (url === undefined) {
    console.log('bench pg-window: skipped — name a PostgreSQL store with --db postgres://…');
    return 0;
  }
  const next = random(28);
  const windows = Array.from({ length: Number(values.windows ?? 40) }, () => {
    const from = new Date(START + Math.floor(next() * 5 * 365) * DAY_MS);
    return { from: from.toISOString().slice(0, 10), to: new Date(from.getTime() + 27 * DAY_MS).toISOString().slice(0, 10), limit: 50 };
  });
  const rounds = Number(values.rounds ?? 4);
  // Migrated first, as the store's first use would (a store of an older schema has no weeks' sums).
  const store = openPostgresStore(url);
  await store.counts().finally(() => store.close());
  const pool = createPool(url, { max: 1 });
  const db = queryable(pool);
  try {
    const [{ pid, articles } = { pid: 0, articles: 0 }] = (await db.query("SELECT pg_backend_pid() AS pid, (SELECT n FROM store_totals WHERE name = 'articles') AS n")).map((row) => ({ pid: Number(row['pid']), articles: Number(row['n']) }));
    const periods: Period[] = [MONTH, WEEK];
    const undecided = new Map<Period, number>();
    for (const period of periods) {
      let n = 0;
      for (const filter of windows) n += (await leadersOfDays(db, filter, new Where(), null, 50, 0, { period })) === null ? 1 : 0;
      undecided.set(period, n);
    }
    const cpu = new Map<Period, number>(periods.map((period) => [period, 0]));
    const times = new Map<Period, number[]>(periods.map((period) => [period, []]));
    const load = loadavg()[0] ?? NaN;
    for (let round = 0; round < rounds; round++) {
      for (const filter of windows) {
        for (const period of round % 2 === 0 ? periods : [...periods].reverse()) {
          const [before, started] = [cpuMs(pid), performance.now()];
          await findScopedActors(db, filter, new Where(), period);
          times.get(period)?.push(performance.now() - started);
          cpu.set(period, (cpu.get(period) ?? 0) + cpuMs(pid) - before);
        }
      }
    }
    const calls = rounds * windows.length;
    console.log(`onrecord actors within 28 days, months' against weeks' leaders — ${articles.toLocaleString('en-US')} articles (the store's size reads the ${periodFor(articles).column}s'); ${windows.length} windows × ${rounds} rounds, one connection; load average ${load.toFixed(1)} → ${(loadavg()[0] ?? NaN).toFixed(1)}`);
    for (const period of periods) {
      const sorted = (times.get(period) ?? []).sort((a, b) => a - b);
      console.log(`${period.column.padEnd(5)}  server CPU ${((cpu.get(period) ?? 0) / calls).toFixed(2)} ms a call, median ${percentile(sorted, 50).toFixed(2)} ms, leaders undecided in ${undecided.get(period)} of ${windows.length} windows`);
    }
    return 0;
  } finally {
    await (pool as pg.Pool).end();
  }
}

process.exitCode = await main();
