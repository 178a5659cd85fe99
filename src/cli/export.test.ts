import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { articleKey, contentHash } from '../store/identity.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { CommandIO } from './io.js';
import { main } from './main.js';
import { POLECAT_COLUMNS } from './polecat.js';

class Capture extends Writable {
  text = '';
  constructor(options: { highWaterMark?: number; delay?: number } = {}) {
    super({ highWaterMark: options.highWaterMark ?? 16384 });
    this.delay = options.delay ?? 0;
  }
  private readonly delay: number;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    if (this.delay > 0) setTimeout(done, this.delay);
    else done();
  }
}

async function run(argv: string[], stdout = new Capture()): Promise<{ code: number; stdout: string; stderr: string; out: Capture }> {
  const io: CommandIO & { stderr: Capture } = { stdin: Object.assign(new PassThrough(), { isTTY: true }), stdout, stderr: new Capture() };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: io.stderr.text, out: stdout };
}

// Invented articles; Angela Merkel is in the shipped knowledge base, so her quote has a kbId and a role.
const ARTICLES = [
  { id: 'x1', date: '2010-05-01', source: 'Kelmouth Herald', text: '"We will not give in," Chancellor Angela Merkel said on Monday. Germany accused France of breaking the agreement.' },
  { id: 'x2', date: '2010-06-01', source: 'Northgate Gazette', text: '"The ferry will sail," Anna Berg said. Foreign Minister Anna Berg met Tom Reyes in Geneva.' },
];

let dir = '';
let db = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onrecord-export-'));
  db = join(dir, 'x.db');
  const store = openSqliteStore(db);
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  await store.close();
});

const csvRows = (text: string): string[] => text.split('\r\n').filter((line) => line !== '');

describe('onrecord export of rows', () => {
  it('fills the actor and kbId of quotes and of both ends of events (they were empty)', async () => {
    const quotes = csvRows((await run(['export', '--db', db, '--to', 'csv', '--layer', 'quotes'])).stdout);
    const header = quotes[0]?.split(',') ?? [];
    const merkel = quotes.find((line) => line.includes('Angela Merkel'))?.split(',') ?? [];
    expect(merkel[header.indexOf('actor')]).toBe('kb:person/angela-merkel');
    expect(merkel[header.indexOf('kb_id')]).toBe('person/angela-merkel');
    expect(merkel[header.indexOf('role')]).toBe('Chancellor of Germany');
    const events = csvRows((await run(['export', '--db', db, '--to', 'csv', '--layer', 'events'])).stdout);
    const columns = events[0]?.split(',') ?? [];
    const accuse = events.find((line) => line.includes('ACCUSE'))?.split(',') ?? [];
    expect([accuse[columns.indexOf('source_kb_id')], accuse[columns.indexOf('target_kb_id')]]).toEqual(['country/DEU', 'country/FRA']);
  });

  it('writes the same rows as query, in CSV and JSON lines', async () => {
    for (const layer of ['quotes', 'events']) {
      const exported = csvRows((await run(['export', '--db', db, '--to', 'csv', '--layer', layer])).stdout);
      const queried = csvRows((await run(['query', layer, '--db', db, '--limit', '0', '--to', 'csv'])).stdout);
      expect(queried.length).toBeGreaterThan(1);
      expect([...queried].sort()).toEqual([...exported].sort());
    }
    const lines = (await run(['export', '--db', db, '--to', 'jsonl', '--layer', 'quotes'])).stdout.trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ article_id: 'x1', speaker: 'Angela Merkel', start: 0, gender: 'female', basis: 'named' });
  });

  it('writes Parquet that reads back with the store’s row count and typed columns', async () => {
    const file = join(dir, 'quotes.parquet');
    const { code } = await run(['export', '--db', db, '--to', 'parquet', '--layer', 'quotes', '--out', file]);
    expect(code).toBe(0);
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(file) })) as Array<Record<string, unknown>>;
    const store = openSqliteStore(db, { readonly: true });
    const counts = await store.counts();
    await store.close();
    expect(rows).toHaveLength(counts.quotes);
    expect(rows.find((row) => row['speaker'] === 'Angela Merkel')).toMatchObject({ kb_id: 'person/angela-merkel', start: 0, gender: 'female' });
  });

  it('writes events in POLECAT’s layout: its 40 columns in order, then ours', async () => {
    const { code, stdout } = await run(['export', '--db', db, '--to', 'polecat']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(header?.slice(0, 40)).toEqual([...POLECAT_COLUMNS]);
    expect(header?.slice(40)).toEqual(expect.arrayContaining(['negated', 'modality', 'sentence', 'trigger', 'url']));
    const accuse = rows.find((row) => row[2] === 'ACCUSE') ?? [];
    const cell = (name: string): string | undefined => accuse[header?.indexOf(name) ?? -1];
    expect([cell('Quad Code'), cell('Actor Country'), cell('Recipient Country'), cell('Event Date'), cell('Latitude')]).toEqual(['VERBAL CONFLICT', 'DEU', 'FRA', '2010-05-01', '']);
    expect(cell('sentence')).toBe('Germany accused France of breaking the agreement.');
  });

  it('names an unwritable path in one line and leaves no file, partial or whole', async () => {
    const target = join(dir, 'missing', 'quotes.csv');
    const result = await run(['export', '--db', db, '--to', 'csv', '--out', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^onrecord export: cannot write .*quotes\.csv: .*\n$/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    const parquet = await run(['export', '--db', db, '--to', 'parquet', '--out', join(dir, 'missing', 'q.parquet')]);
    expect([parquet.code, parquet.stderr.split('\n').length]).toEqual([1, 2]);
  });

  it('gives the file its name only when complete', async () => {
    const target = join(dir, 'records.jsonl');
    const { code } = await run(['export', '--db', db, '--out', target]);
    expect(code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });

  it('rejects a format that does not fit the layer, and Parquet without a file', async () => {
    expect((await run(['export', '--db', db, '--to', 'polecat', '--layer', 'quotes'])).stderr).toMatch(/--to polecat writes events/);
    expect((await run(['export', '--db', db, '--to', 'parquet'])).stderr).toMatch(/--out FILE/);
  });

  it('waits for a slow pipe without piling up listeners (MaxListenersExceededWarning)', async () => {
    const slow = new Capture({ highWaterMark: 8, delay: 1 });
    const { code, out } = await run(['export', '--db', db, '--to', 'csv', '--layer', 'quotes'], slow);
    expect(code).toBe(0);
    expect(out.text.split('\r\n').length).toBeGreaterThan(3);
    expect([out.listenerCount('close'), out.listenerCount('drain'), out.listenerCount('error')]).toEqual([0, 0, 0]);
  });
});

describe('onrecord query articles', () => {
  it('finds an article by its input’s own id, as its record or as a row', async () => {
    const found = await run(['query', 'articles', '--db', db, '--id', 'x2']);
    // A whole record per line, as extract and export write it.
    const lines = found.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; source: string; text: string; quotes: unknown[] });
    expect(lines).toMatchObject([{ id: 'x2', source: 'Northgate Gazette' }]);
    expect(typeof lines[0]?.text).toBe('string');
    expect(Array.isArray(lines[0]?.quotes)).toBe(true);
    const rows = csvRows((await run(['query', 'articles', '--db', db, '--id', 'x2', '--to', 'csv'])).stdout);
    expect(rows[1]).toMatch(/^x2,2010-06-01,Northgate Gazette,/);
    expect((await run(['query', 'articles', '--db', db, '--id', 'nowhere'])).stdout).toBe('');
    expect((await run(['query', 'quotes', '--db', db, '--id', 'x2'])).stderr).toMatch(/--id does not apply to quotes/);
  });
});

describe('onrecord stats', () => {
  it('prints the dashboard’s tables, speaker gender first, as CSV', async () => {
    const { code, stdout } = await run(['stats', '--db', db, '--to', 'csv']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# quotes-by-gender\ngender,quotes\r\nfemale,2\r\n/);
    expect(stdout).toMatch(/# most-quoted\nperson,quotes\r\n(Angela Merkel|Anna Berg),1\r\n/);
    expect(stdout).toContain('# events-by-month\nmonth,category,events\r\n2010-05,ACCUSE,1\r\n');
  });
});
