import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { packedRowsOf, prepare, rowOf, rowsOf } from './statements.js';

describe('rowsOf', () => {
  it("builds the driver's own row objects (the last of two columns of one name wins), from its arrays", () => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, extra TEXT); INSERT INTO t VALUES (1, 'Anna Berg', NULL), (2, 'Tom Reyes', '{}')");
    const sql = "SELECT t.*, 'other' AS name, t.id * 2 AS twice FROM t ORDER BY id";
    expect(rowsOf(db, sql)).toEqual(db.prepare(sql).all());
    expect(rowOf(db, `${sql} LIMIT 1`)).toEqual(db.prepare(`${sql} LIMIT 1`).get());
    expect(rowOf(db, 'SELECT * FROM t WHERE id = ?', 3)).toBeUndefined();
  });

  it('leaves no array mode behind: a later use of the same statement gets objects again', () => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'Anna Berg')");
    const sql = 'SELECT id, name FROM t';
    expect(rowsOf(db, sql)).toEqual([{ id: 1, name: 'Anna Berg' }]);
    expect(prepare(db, sql).all()).toEqual([{ id: 1, name: 'Anna Berg' }]);
    expect(prepare(db, sql).pluck().all()).toEqual([1]);
    expect(rowsOf(db, sql)).toEqual([{ id: 1, name: 'Anna Berg' }]);
  });
});

describe('packedRowsOf', () => {
  it("gives rowsOf's rows from one JSON text: integers, NULL, names given with AS, and text that JSON must escape", () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, spans TEXT, n INTEGER)');
    const names = ['Anna "Ann" Berg', 'back\\slash', 'line\nbreak\ttab\u0001', '“curly” — é 😀', '\u2028', '[[1,2]]'];
    const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
    names.forEach((name, i) => insert.run(i + 1, name, i % 2 === 0 ? null : '{"a":1}', -(2 ** 40) + i));
    const rest = 'FROM t WHERE id > ? ORDER BY id';
    const byId = (rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> => [...rows].sort((a, b) => Number(a['id']) - Number(b['id']));
    expect(byId(packedRowsOf(db, 't.id, t.name AS who, t.spans, t.n AS count', rest, 0))).toEqual(rowsOf(db, `SELECT t.id, t.name AS who, t.spans, t.n AS count ${rest}`, 0));
    expect(packedRowsOf(db, 't.id', rest, 99)).toEqual([]);
  });
});
