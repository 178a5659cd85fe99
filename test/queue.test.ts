/**
 * Distributed ingest end to end on PostgreSQL (skipped without ONRECORD_TEST_PG; CI sets it):
 * `ingest --queue`, two `work` processes, one killed with SIGKILL mid-run: every article is stored
 * exactly once and no job is lost. Short job expiry through the environment, so the test need not
 * wait the default minute. Needs the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TEST_PG } from '../src/store/testing/dialects.js';
import { BIN, onrecord } from './run-bin.js';

const ENV = { ...process.env, ONRECORD_QUEUE_EXPIRY_S: '4', ONRECORD_QUEUE_MAINTENANCE_S: '2' };

async function freshDatabase(url: string): Promise<string> {
  const name = `queue_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

async function scalar(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0]?.n ?? -1);
  } finally {
    await client.end();
  }
}

function work(url: string): ChildProcess {
  return spawn(BIN, ['work', '--db', url, '--workers', '1', '--until-empty'], { stdio: 'ignore', env: ENV });
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.on('close', resolve)));

describe.skipIf(TEST_PG === undefined)('distributed ingest', () => {
  it('stores every article exactly once when one of two workers is killed mid-run', { timeout: 180_000 }, async () => {
    const url = await freshDatabase(TEST_PG ?? '');
    const root = await mkdtemp(join(tmpdir(), 'onrecord-queue-'));
    const input = join(root, 'many.jsonl');
    const total = 240;
    const text = (n: number): string => `"The ferry runs again from dock number ${n}," harbour master Ines Falk said on Monday.`;
    await writeFile(input, Array.from({ length: total }, (_, n) => JSON.stringify({ id: `q-${n}`, source: 'Invented Post', text: text(n) })).join('\n'));
    const enqueued = await onrecord(['ingest', input, '--db', url, '--queue', '--batch', '8']);
    expect(enqueued.code).toBe(0);
    expect(enqueued.stderr).toMatch(new RegExp(`${total} articles enqueued`));

    const [victim, survivor] = [work(url), work(url)];
    // Killed once both have stored something, with jobs left.
    for (let waited = 0; waited < 60_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if ((await scalar(url, 'SELECT COUNT(*)::int AS n FROM articles').catch(() => 0)) >= 40) break;
    }
    victim?.kill('SIGKILL');
    expect(await exited(survivor as ChildProcess)).toBe(0);
    await exited(victim as ChildProcess);

    expect(await scalar(url, 'SELECT COUNT(*)::int AS n FROM articles')).toBe(total);
    expect(await scalar(url, 'SELECT COUNT(DISTINCT ext_id)::int AS n FROM articles')).toBe(total);
    expect(await scalar(url, "SELECT COUNT(*)::int AS n FROM quotes WHERE layer = 'quote' AND text LIKE '%dock number%'")).toBe(total);
    const status = await onrecord(['status', '--db', url]);
    expect(status.stdout).toMatch(/queued: 0\nretry: 0\nrunning: 0\ndone: 30\nfailed: 0/);
  });

  it('loses nothing when its connections are cut mid-ingest: a cut mid-transaction ends the run with one line naming it, an idle one is made again; the next run finishes the job', { timeout: 180_000 }, async () => {
    const url = await freshDatabase(TEST_PG ?? '');
    const root = await mkdtemp(join(tmpdir(), 'onrecord-lost-'));
    const input = join(root, 'many.jsonl');
    const total = 1500;
    await writeFile(input, Array.from({ length: total }, (_, n) => JSON.stringify({ id: `l-${n}`, text: `"The quay closes at gate number ${n}," port officer Ivo Lind said.` })).join('\n'));
    const child = spawn(BIN, ['ingest', input, '--db', url, '--workers', '0', '--batch', '20'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    for (let waited = 0; waited < 60_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if ((await scalar(url, 'SELECT COUNT(*)::int AS n FROM articles').catch(() => 0)) >= 100) break;
    }
    const database = new URL(url).pathname.slice(1);
    await scalar(TEST_PG ?? '', `SELECT COUNT(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`);
    const code = await exited(child);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);
    if (code !== 0) {
      expect(code).toBe(1);
      expect(stderr).toMatch(/onrecord ingest: postgres:\/\/[^\n]*(terminat|lost)[^\n]*; the run stopped/);
    }
    const stored = await scalar(url, 'SELECT COUNT(*)::int AS n FROM articles');
    // Whole batches only, however the cut fell.
    expect(stored % 20 === 0 || stored === total).toBe(true);
    const again = await onrecord(['ingest', input, '--db', url, '--workers', '0']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`: ${total - stored} stored, 0 stored with the same text as another, 0 replaced, ${stored} unchanged`));
    expect(await scalar(url, 'SELECT COUNT(DISTINCT ext_id)::int AS n FROM articles')).toBe(total);
  });
});
