/**
 * Fault injection, end to end through `bin/onrecord ingest`: identity as users hold it (a wire story
 * under two ids, two stories under one URL, corrections without a URL), a full disk (`ulimit -f`)
 * with a deadline, and two ingests writing one database at once. Needs the build.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, onrecord, type Run } from './run-bin.js';

// Invented articles: a quote each, with the number in the speaker's words.
function text(n: number): string {
  return `"We will open the ferry line number ${n}," Councillor Edda Rask said on Friday.\n\nThe harbour board said the timetable was still under review.`;
}
const line = (fields: Record<string, string>): string => JSON.stringify(fields);

async function dir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'onrecord-faults-'));
}

function rows<T>(db: string, sql: string): T[] {
  const connection = new Database(db, { readonly: true });
  try {
    return connection.prepare(sql).all() as T[];
  } finally {
    connection.close();
  }
}

// Runs the program under a shell that set limits first; the deadline kills a run that hangs.
function limited(limits: string, args: string[], deadlineMs: number): Promise<Run & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `${limits}; exec "$0" "$@"`, BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, timedOut });
    });
  });
}

describe('identity, end to end', () => {
  it('stores a wire story under two ids and outlets as two articles, counted as the same text', async () => {
    const root = await dir();
    const db = join(root, 'wire.db');
    const input = join(root, 'wire.jsonl');
    await writeFile(input, [line({ id: 'ap-1', source: 'Wire One', text: text(1) }), line({ id: 'rt-9', source: 'Wire Two', date: '2024-05-02', text: text(1) })].join('\n'));
    const run = await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/: 1 stored, 1 stored with the same text as another, 0 replaced, 0 unchanged, 0 not stored/);
    expect(rows(db, 'SELECT ext_id, source, date FROM articles ORDER BY id')).toEqual([
      { ext_id: 'ap-1', source: 'Wire One', date: null },
      { ext_id: 'rt-9', source: 'Wire Two', date: '2024-05-02' },
    ]);
  });

  it('keeps two stories under one URL in one run, each under its own id', async () => {
    const root = await dir();
    const db = join(root, 'url.db');
    const input = join(root, 'url.jsonl');
    const url = 'https://invented.example/live';
    await writeFile(input, [line({ id: 'live-1', url, text: text(1) }), line({ id: 'live-2', url, text: text(2) })].join('\n'));
    expect((await onrecord(['ingest', input, '--db', db, '--workers', '0'])).stderr).toMatch(/: 2 stored,/);
    expect(rows(db, 'SELECT ext_id FROM articles ORDER BY id')).toEqual([{ ext_id: 'live-1' }, { ext_id: 'live-2' }]);
  });

  it('replaces a changed text, title or date under the same id without a URL: quotes are never counted twice', async () => {
    const root = await dir();
    const db = join(root, 'fix.db');
    const input = join(root, 'fix.jsonl');
    await writeFile(input, line({ id: 'x-1', text: text(1) }));
    await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    await writeFile(input, line({ id: 'x-1', title: 'Ferry line', date: '2024-06-01', text: text(7) }));
    expect((await onrecord(['ingest', input, '--db', db, '--workers', '0'])).stderr).toMatch(/: 0 stored, 0 stored with the same text as another, 1 replaced,/);
    expect(rows(db, 'SELECT ext_id, title, date FROM articles')).toEqual([{ ext_id: 'x-1', title: 'Ferry line', date: '2024-06-01' }]);
    expect(rows(db, "SELECT text FROM quotes WHERE layer = 'quote' AND text LIKE '%ferry line%'")).toEqual([{ text: '"We will open the ferry line number 7,"' }]);
  });

  it('keys lines without an id by their URL, not their line number: a line moved is the same article', async () => {
    const root = await dir();
    const db = join(root, 'lines.db');
    const input = join(root, 'lines.jsonl');
    const a = line({ url: 'https://invented.example/a', text: text(1) });
    const b = line({ url: 'https://invented.example/b', text: text(2) });
    await writeFile(input, [a, b].join('\n'));
    await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    await writeFile(input, [b, a].join('\n'));
    expect((await onrecord(['ingest', input, '--db', db, '--workers', '0'])).stderr).toMatch(/: 0 stored, 0 stored with the same text as another, 0 replaced, 2 unchanged/);
  });
});

describe('faults, end to end', () => {
  it('ends, exits 1 and names the cause when the disk fills mid-ingest, storing exactly the articles it says it stored', async () => {
    const root = await dir();
    const db = join(root, 'full.db');
    const input = join(root, 'many.jsonl');
    await writeFile(input, Array.from({ length: 3000 }, (_, n) => line({ id: `n-${n}`, text: `${text(n)} ${'More words follow here. '.repeat(20)}` })).join('\n'));
    // Files may grow to 1.5 MB (ulimit counts 1 KB blocks): the database fills after some batches.
    const run = await limited('ulimit -f 1500', ['ingest', input, '--db', db, '--batch', '50', '--workers', '1'], 45_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/full\.db: .*(disk I\/O error|database or disk is full); the run stopped/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    // A transaction closes at 50 articles or after a second, whichever comes first (a busy machine
    // commits smaller ones): what the summary counts as stored is exactly what the database holds.
    const counted = /: (\d+) stored, (\d+) stored with the same text/.exec(run.stderr);
    const said = Number(counted?.[1] ?? -1) + Number(counted?.[2] ?? -1);
    const stored = rows<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM articles')[0]?.n ?? -1;
    expect(stored).toBe(said);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(3000);
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('lets two ingests write one database at once: both finish, every article stored once', async () => {
    const root = await dir();
    const db = join(root, 'two.db');
    const inputs = [join(root, 'a.jsonl'), join(root, 'b.jsonl')];
    const total = 300;
    await writeFile(inputs[0] ?? '', Array.from({ length: total }, (_, n) => line({ id: `a-${n}`, source: 'One', text: text(n) })).join('\n'));
    await writeFile(inputs[1] ?? '', Array.from({ length: total }, (_, n) => line({ id: `b-${n}`, source: 'Two', text: text(n + total) })).join('\n'));
    const runs = await Promise.all(inputs.map((input) => onrecord(['ingest', input, '--db', db, '--batch', '20', '--workers', '0'])));
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/locked/);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`: ${total} stored,`));
    }
    expect(rows(db, 'SELECT COUNT(*) AS n, COUNT(DISTINCT ext_id) AS ids FROM articles')).toEqual([{ n: 2 * total, ids: 2 * total }]);
    expect(rows(db, "SELECT COUNT(*) AS n FROM quotes WHERE layer = 'quote' AND text LIKE '%ferry line number%'")).toEqual([{ n: 2 * total }]);
  });

  it('lets several processes open one new database at the same moment (one turning WAL on while another opens was "database is locked")', async () => {
    const root = await dir();
    const store = new URL('../dist/src/store/sqlite/store.js', import.meta.url).href;
    const opener = `const { openSqliteStore } = await import(${JSON.stringify(store)}); await openSqliteStore(process.argv[1]).close();`;
    const open = (db: string): Promise<Run> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', opener, db], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
      });
    for (let round = 0; round < 8; round += 1) {
      const db = join(root, `new-${round}.db`);
      const runs = await Promise.all([1, 2, 3, 4].map(() => open(db)));
      expect(runs.map((run) => run.stderr)).toEqual(['', '', '', '']);
      expect(rows(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    }
  });
});
