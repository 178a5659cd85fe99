/**
 * Scale benchmark (`npm run bench:scale`): four altered copies of the BBC corpus ingested into SQLite
 * (one process, the baseline) and into PostgreSQL through the queue with 1 and with 2 worker processes;
 * articles/s of each and their ratio to SQLite in the same run; the database's own time per article
 * (a copy of the SQLite store into PostgreSQL: writing without extracting), from which N workers on N
 * machines are predicted; then 2 workers of which one is killed with SIGKILL at 10 random moments (and
 * started again), after which every article must be stored exactly once. Uses ONRECORD_BENCH_PG (or
 * ONRECORD_TEST_PG) when set, else starts a throwaway PostgreSQL; skips cleanly without the corpus.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { alteredCopies } from './altered.js';
import { repositoryRoot } from './root.js';

const ROOT = repositoryRoot();
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const BIN = join(ROOT, 'bin', 'onrecord');
const PG_BIN = '/usr/lib/postgresql/15/bin';

function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ seconds: number; code: number; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('close', (code) => resolve({ seconds: (performance.now() - started) / 1000, code: code ?? 1, stderr }));
  });
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(server: string, name: string): Promise<string> {
  await sql(server, `DROP DATABASE IF EXISTS ${name}`);
  await sql(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

// The server to use, and how to stop it when this bench started it.
function server(): { url: string; stop: () => void } {
  const given = process.env['ONRECORD_BENCH_PG'] ?? process.env['ONRECORD_TEST_PG'];
  if (given !== undefined) return { url: given, stop: () => undefined };
  const out = execFileSync(join(ROOT, 'scripts', 'pg-throwaway.sh'), ['55439'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const url = out.trim().split('\n').at(-1) ?? '';
  return {
    url,
    stop: () => {
      const dir = execFileSync('bash', ['-c', 'ls -td /tmp/onrecord-pg.* | head -1'], { encoding: 'utf8' }).trim();
      const stop = [`${PG_BIN}/pg_ctl`, '-D', `${dir}/data`, '-m', 'immediate', 'stop'];
      execFileSync(process.getuid?.() === 0 ? 'runuser' : stop[0] ?? '', process.getuid?.() === 0 ? ['-u', 'postgres', '--', ...stop] : stop.slice(1), { stdio: 'ignore' });
    },
  };
}

async function queueRun(url: string, input: string, workers: number): Promise<{ enqueue: number; work: number }> {
  const enqueued = await timed(['ingest', input, '--db', url, '--queue']);
  if (enqueued.code !== 0) throw new Error(`enqueue failed: ${enqueued.stderr}`);
  const worked = await timed(['work', '--db', url, '--workers', String(workers), '--until-empty']);
  if (worked.code !== 0) throw new Error(`work failed: ${worked.stderr}`);
  return { enqueue: enqueued.seconds, work: worked.seconds };
}

// Two workers; one of them killed at `kills` random moments and started again; resolves when the queue is done.
async function killRun(url: string, input: string, kills: number): Promise<number> {
  const env = { ...process.env, ONRECORD_QUEUE_EXPIRY_S: '10', ONRECORD_QUEUE_MAINTENANCE_S: '3' };
  const enqueued = await timed(['ingest', input, '--db', url, '--queue'], env);
  if (enqueued.code !== 0) throw new Error(`enqueue failed: ${enqueued.stderr}`);
  const start = (): ChildProcess => spawn(process.execPath, [BIN, 'work', '--db', url, '--workers', '1', '--until-empty'], { stdio: 'ignore', env });
  const workers = [start(), start()];
  let killed = 0;
  while (killed < kills) {
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 2500));
    const index = Math.floor(Math.random() * workers.length);
    const victim = workers[index];
    if (victim === undefined || victim.exitCode !== null) break;
    victim.kill('SIGKILL');
    killed += 1;
    workers[index] = start();
  }
  await Promise.all(workers.map((child) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.on('close', resolve)))));
  // A worker started after the last kill may have found the queue empty while a killed job waited to expire: finish it.
  await timed(['work', '--db', url, '--workers', '1', '--until-empty'], env);
  return killed;
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.log(`bench scale: skipped — the BBC corpus is not at ${CORPUS} (it lives in ../shared/data beside the checkout).`);
    return 0;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'onrecord-bench-scale-'));
  const pgServer = server();
  try {
    // --copies N: fewer copies on a loaded machine, where four take half an hour.
    const copiesArg = process.argv.indexOf('--copies');
    const copies = copiesArg === -1 ? 4 : Number(process.argv[copiesArg + 1]);
    const input = join(scratch, 'copies.jsonl');
    const articles = await alteredCopies(CORPUS, input, copies);
    process.stderr.write('bench scale: SQLite ingest…\n');
    const sqliteDb = join(scratch, 'copies.db');
    const sqlite = await timed(['ingest', input, '--db', sqliteDb]);
    const say = (name: string, seconds: number): void => void process.stderr.write(`bench scale: ${name}: ${seconds.toFixed(1)} s, ${(articles / seconds).toFixed(0)} articles/s\n`);
    say('SQLite', sqlite.seconds);
    const rows: Array<[string, number, number]> = [['SQLite, one process (ingest)', articles, sqlite.seconds]];
    const one = await queueRun(await freshDatabase(pgServer.url, 'scale_one'), input, 1);
    say('PostgreSQL, 1 worker', one.work);
    rows.push(['PostgreSQL, 1 worker (work)', articles, one.work]);
    const twoUrl = await freshDatabase(pgServer.url, 'scale_two');
    const two = await queueRun(twoUrl, input, 2);
    say('PostgreSQL, 2 workers', two.work);
    rows.push(['PostgreSQL, 2 workers (work)', articles, two.work]);
    const copyUrl = await freshDatabase(pgServer.url, 'scale_copy');
    const copy = await timed(['copy', '--from', sqliteDb, '--to', copyUrl]);
    rows.push(['PostgreSQL writes alone (copy from SQLite)', articles, copy.seconds]);
    say('PostgreSQL writes alone (copy)', copy.seconds);
    const killUrl = await freshDatabase(pgServer.url, 'scale_kill');
    const kills = await killRun(killUrl, input, 10);
    const [check] = await sql<{ n: number; ids: number }>(killUrl, 'SELECT COUNT(*)::int AS n, COUNT(DISTINCT ext_id)::int AS ids FROM articles');
    const [jobs] = await sql<{ failed: number; open: number }>(killUrl, "SELECT COUNT(*) FILTER (WHERE state = 'failed')::int AS failed, COUNT(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS open FROM onrecord_queue.job");
    const [reference] = await sql<{ n: number }>(twoUrl, 'SELECT COUNT(*)::int AS n FROM articles');

    const base = articles / sqlite.seconds;
    console.log(`\nonrecord scale benchmark — ${articles} articles (${copies} altered copies of the BBC corpus), this machine\n`);
    console.log('run                                           seconds   articles/s   × SQLite');
    for (const [name, n, seconds] of rows) console.log(`${name.padEnd(44)} ${seconds.toFixed(1).padStart(8)} ${(n / seconds).toFixed(0).padStart(12)} ${(n / seconds / base).toFixed(2).padStart(10)}`);
    const perWorker = articles / one.work;
    const dbMs = (copy.seconds * 1000) / articles;
    console.log(`\nenqueue: ${(articles / one.enqueue).toFixed(0)} articles/s. Model: a worker stores ${perWorker.toFixed(0)} articles/s; the database takes ${dbMs.toFixed(2)} ms per article written alone,`);
    console.log(`so N workers on N machines give about min(N × ${perWorker.toFixed(0)}, ${(1000 / dbMs).toFixed(0)} × the database's cores in use) articles/s (2 here: ${(articles / two.work).toFixed(0)}/s, extraction and database sharing 2 cores).`);
    console.log(`\nkill -9: one of two workers killed at ${kills} random moments (and started again): ${check?.n} articles stored, ${check?.ids} distinct ids, of ${reference?.n} in the uninterrupted run; jobs failed ${jobs?.failed}, left open ${jobs?.open}.`);
    const ok = check?.n === reference?.n && check?.ids === reference?.n && jobs?.failed === 0 && jobs?.open === 0;
    console.log(ok ? 'every article stored exactly once, no job lost' : 'MISMATCH: see the counts above');
    return ok ? 0 : 1;
  } finally {
    pgServer.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
