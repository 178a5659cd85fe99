/**
 * A read of several statements holds the database's shared lock once, from its first statement to its
 * end: each statement took and dropped the lock itself (two fcntl calls and a stat of the journal
 * each), and another process could commit between two statements of one answer.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { readTransactions } from './read-transaction.js';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

// A store-like file in rollback-journal mode (as a served store is left) and two connections to it.
async function twoConnections(): Promise<[Database.Database, Database.Database]> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-read-')), 'store.db');
  const writer = new Database(path);
  writer.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2)');
  const reader = new Database(path, { readonly: true });
  writer.pragma('busy_timeout = 0');
  open.push(reader, writer);
  return [reader, writer];
}

describe('a read transaction', () => {
  it("keeps another connection from committing between a read's two statements", async () => {
    const [reader, writer] = await twoConnections();
    const read = readTransactions(reader);
    const seen = read(() => {
      const first = reader.prepare('SELECT COUNT(*) FROM t').pluck().get();
      // Between two statements the other connection tries to write: the read's shared lock stops it.
      expect(() => writer.prepare('INSERT INTO t VALUES (3)').run()).toThrow(/locked|busy/i);
      return [first, reader.prepare('SELECT COUNT(*) FROM t').pluck().get()];
    })();
    expect(seen).toEqual([2, 2]);
    expect(reader.inTransaction).toBe(false);
    // The read over, the writer goes on.
    writer.prepare('INSERT INTO t VALUES (3)').run();
    expect(reader.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(3);
  });

  it("ends when the read throws, and inside a writer's transaction leaves that transaction open", async () => {
    const [reader, writer] = await twoConnections();
    const failing = readTransactions(reader)(() => {
      reader.prepare('SELECT COUNT(*) FROM t').get();
      throw new Error('the read failed');
    });
    expect(failing).toThrow('the read failed');
    expect(reader.inTransaction).toBe(false);
    writer.prepare('INSERT INTO t VALUES (3)').run();
    const read = readTransactions(writer);
    writer.transaction(() => {
      writer.prepare('INSERT INTO t VALUES (4)').run();
      expect(read(() => writer.prepare('SELECT COUNT(*) FROM t').pluck().get())()).toBe(4);
      expect(writer.inTransaction).toBe(true);
    })();
    expect(writer.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(4);
  });
});
