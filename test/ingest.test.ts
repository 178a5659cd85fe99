/**
 * End to end: `bin/onrecord ingest` as a child process — idempotence, replacement by URL, bad input
 * among good, a read-only database, and a run killed mid-way then run again. Needs the build.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, onrecord } from './run-bin.js';


// Invented articles: a quote each, with the number in the speaker's words.
function article(n: number, extra: Record<string, string> = {}): string {
  const text = `"We will finish the bridge by spring number ${n}," Mayor Lena Kovac said on Monday.\n\nThe council said the budget was under review, according to officials.`;
  return JSON.stringify({ id: `art-${n}`, date: `2024-01-${String((n % 28) + 1).padStart(2, '0')}`, source: 'Invented Times', text, ...extra });
}

async function dir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'onrecord-ingest-'));
}

function count(db: string, sql: string): number {
  const connection = new Database(db, { readonly: true });
  try {
    return Number(connection.prepare(sql).pluck().get());
  } finally {
    connection.close();
  }
}

async function exported(db: string): Promise<unknown[]> {
  const run = await onrecord(['export', '--db', db]);
  expect(run.code).toBe(0);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('onrecord ingest', () => {
  it('stores each article once: a second run changes nothing, a corrected text under the same URL replaces its records', async () => {
    const root = await dir();
    const db = join(root, 'a.db');
    const input = join(root, 'in.jsonl');
    await writeFile(input, [article(1), article(2, { url: 'https://invented.example/2' }), article(1)].join('\n'));
    const first = await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/3 articles .*: 2 stored, 0 stored with the same text as another, 0 replaced, 1 unchanged, 0 not stored/);
    const before = await exported(db);
    const again = await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    expect(again.stderr).toMatch(/0 stored, 0 stored with the same text as another, 0 replaced, 3 unchanged/);
    expect(await exported(db)).toEqual(before);

    const corrected = JSON.stringify({ id: 'art-2', source: 'Invented Times', url: 'https://invented.example/2', text: '"The bridge is late," Mayor Lena Kovac admitted, officials said.' });
    await writeFile(input, corrected);
    const third = await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    expect(third.stderr).toMatch(/0 stored, 0 stored with the same text as another, 1 replaced, 0 unchanged/);
    expect(count(db, 'SELECT COUNT(*) FROM articles')).toBe(2);
    const texts = (await onrecord(['query', 'quotes', '--db', db, '--search', 'bridge'])).stdout;
    expect(texts).toContain('The bridge is late');
    expect(texts).not.toContain('spring number 2');
  });

  it('names each bad input, stores the good ones, exits 1', async () => {
    const root = await dir();
    const db = join(root, 'b.db');
    await writeFile(join(root, 'good.jsonl'), [article(1), '{"id": "broken", "text": ', article(2)].join('\n'));
    await writeFile(join(root, 'corrupt.jsonl.gz'), gzipSync(article(3)).subarray(0, 30));
    await writeFile(join(root, 'feed.xml'), '<catalogue><book>Not a feed</book></catalogue>');
    await writeFile(
      join(root, 'german.txt'),
      'Der Hafenrat hat eine Entscheidung über den neuen Fährvertrag verschoben, nachdem die Angebote weit über dem Budget lagen. Wir können nichts unterschreiben, was wir nicht bezahlen können, sagte die Ratsvorsitzende am Dienstag.',
    );
    const run = await onrecord(['ingest', root, '--db', db, '--workers', '0']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/good\.jsonl:2 \(broken\): .*\[bad-json\]/);
    expect(run.stderr).toMatch(/corrupt\.jsonl\.gz: .*could not be read.*\[read-failed\]/);
    expect(run.stderr).toMatch(/feed\.xml: .*not an RSS or Atom feed.*\[bad-feed\]/);
    expect(run.stderr).toMatch(/german\.txt: .*does not look like English.*\[not-english\]/);
    expect(run.stderr).toMatch(/2 stored, 0 stored with the same text as another, 0 replaced, 0 unchanged, 4 not stored/);
    expect(count(db, 'SELECT COUNT(*) FROM articles')).toBe(2);
    expect(count(db, "SELECT COUNT(*) FROM articles WHERE ext_id IN ('broken', 'german.txt', 'feed.xml')")).toBe(0);
  });

  it('says so clearly when the database cannot be written, and writes nothing', async () => {
    const root = await dir();
    const db = join(root, 'ro.db');
    const input = join(root, 'in.jsonl');
    await writeFile(input, article(1));
    expect((await onrecord(['ingest', input, '--db', db, '--workers', '0'])).code).toBe(0);
    await writeFile(input, [article(2), article(3)].join('\n'));
    await chmod(db, 0o444);
    // Root ignores file modes; the immutable attribute stops it too, where the file system has it.
    try {
      execFileSync('chattr', ['+i', db], { stdio: 'ignore' });
    } catch {
      // Not available: the mode alone must do.
    }
    let writable = true;
    try {
      await (await open(db, 'r+')).close();
    } catch {
      writable = false;
    }
    try {
      if (writable) {
        console.warn('ingest test: this machine cannot make a read-only file; the read-only case was not run');
        return;
      }
      const run = await onrecord(['ingest', input, '--db', db, '--workers', '0']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/ro\.db: .*readonly database/);
      expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(count(db, 'SELECT COUNT(*) FROM articles')).toBe(1);
    } finally {
      try {
        execFileSync('chattr', ['-i', db], { stdio: 'ignore' });
      } catch {
        // Nothing to undo.
      }
    }
  });

  it('loses and duplicates nothing when killed mid-run and run again', async () => {
    const root = await dir();
    const db = join(root, 'crash.db');
    const reference = join(root, 'reference.db');
    const input = join(root, 'many.jsonl');
    const total = 2500;
    await writeFile(input, Array.from({ length: total }, (_, i) => article(i)).join('\n'));

    const child = spawn(BIN, ['ingest', input, '--db', db, '--batch', '50', '--workers', '1'], { stdio: 'ignore' });
    // Kill it once some batches are committed, with more to come.
    let seen = 0;
    for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      try {
        seen = count(db, 'SELECT COUNT(*) FROM articles');
      } catch {
        seen = 0; // Not created yet.
      }
      if (seen >= 200) break;
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(seen).toBeGreaterThanOrEqual(200);
    const afterKill = count(db, 'SELECT COUNT(*) FROM articles');
    expect(afterKill).toBeLessThan(total);

    const rerun = await onrecord(['ingest', input, '--db', db, '--workers', '0']);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`: ${total - afterKill} stored, 0 stored with the same text as another, 0 replaced, ${afterKill} unchanged, 0 not stored`));
    expect(count(db, 'SELECT COUNT(*) FROM articles')).toBe(total);
    expect(count(db, 'SELECT COUNT(DISTINCT ext_id) FROM articles')).toBe(total);
    const check = new Database(db, { readonly: true });
    expect(check.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    check.close();

    // The same records as one uninterrupted run (the order of storing aside).
    expect((await onrecord(['ingest', input, '--db', reference, '--workers', '0'])).code).toBe(0);
    const byId = (records: unknown[]): unknown[] => [...records].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
    expect(byId(await exported(db))).toEqual(byId(await exported(reference)));
    expect(count(db, "SELECT COUNT(*) FROM quotes WHERE layer = 'quote'")).toBe(count(reference, "SELECT COUNT(*) FROM quotes WHERE layer = 'quote'"));
    // Three runs over 2,500 articles: on a busy shared machine this takes more than the usual minute.
  }, 240_000);
});
