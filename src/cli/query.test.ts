import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { articleKey, contentHash } from '../store/identity.js';
import { openSqliteStore } from '../store/sqlite/store.js';
import type { CommandIO } from './io.js';
import { main } from './main.js';

// The store has no columns yet for a person's gender and a speaker's basis (round-two fields): an
// exported record lacks them until the store keeps them.
class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(argv: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  const io: CommandIO & { stdout: Capture; stderr: Capture } = { stdin: Object.assign(new PassThrough(), { isTTY: true }), stdout: new Capture(tty), stderr: new Capture() };
  const code = await main(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

// Invented articles.
const ARTICLES = [
  { id: 'n1', date: '2024-03-01', source: 'Northgate Gazette', text: '"The ferry will sail on time," Anna Berg said on Monday.\n\nThe union disagreed.' },
  { id: 'n2', date: '2024-04-02', source: 'Kelmouth Herald', text: '"We have no money for ferries, none at all," Anna Berg told reporters.\n\nCouncillors, however, voted for the plan.' },
  { id: 'n3', date: '2024-05-03', source: 'Kelmouth Herald', text: '"Nobody asked us," union leader Tom Reyes said.' },
];

let db = '';

beforeAll(async () => {
  db = join(await mkdtemp(join(tmpdir(), 'onrecord-query-')), 'q.db');
  const store = openSqliteStore(db);
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  await store.close();
});

describe('onrecord query', () => {
  it('finds a speaker’s quotes, newest first, as JSON lines when piped: the rows of export and of --to csv, not hit objects', async () => {
    const { code, stdout } = await run(['query', 'quotes', '--db', db, '--speaker', 'Anna Berg']);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row['article_id'])).toEqual(['n2', 'n1']);
    expect(rows[1]?.['text']).toContain('The ferry will sail on time');
    const csv = (await run(['query', 'quotes', '--db', db, '--speaker', 'Anna Berg', '--to', 'csv'])).stdout;
    expect(Object.keys(rows[0] ?? {}).join(',')).toBe(csv.split('\r\n')[0]);
  });

  it('filters by dates, source and search words, and writes CSV with a header', async () => {
    const { stdout } = await run(['query', 'quotes', '--db', db, '--from', '2024-04-01', '--to', '2024-04-30', '--source', 'kelmouth herald', '--search', 'ferries', '--to', 'csv']);
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^date,source,article_id,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"""We have no money for ferries, none at all,"""');
  });

  it('draws a table on a terminal, and lists actors across articles (an unknown Anna Berg is one actor per source)', async () => {
    const { stdout } = await run(['query', 'entities', '--db', db, '--actor', 'berg'], true);
    const [header, rule, ...rows] = stdout.trim().split('\n');
    expect(header).toMatch(/^name\s+type\s+kbId\s+country\s+articles\s+mentions\s+quotes$/);
    expect(rule).toMatch(/^-+ /);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/^Anna Berg\s+person\s+1\s+\d+\s+1$/);
  });

  it('finds no events in a store whose records have none', async () => {
    const { code, stdout } = await run(['query', 'events', '--db', db, '--code', 'CONSULT', '--negated']);
    expect([code, stdout]).toEqual([0, '']);
  });

  it('rejects options that do not fit the query, bad dates and a missing database', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['query', 'quotes', '--db', db, '--code', 'X'], 2, /--code does not apply to quotes/],
      [['query', 'events', '--db', db, '--from', 'last week'], 2, /--from must be a date/],
      [['query', 'people', '--db', db], 2, /must be one of quotes, entities, events/],
      [['query', 'quotes', '--db', join(db, '..', 'none.db')], 1, /no database at .*none\.db/],
    ];
    for (const [argv, status, message] of cases) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(status);
      expect(result.stderr).toMatch(message);
    }
  });

  it('exports every record as JSON lines, as extract would write them, or a layer as CSV', async () => {
    const jsonl = await run(['export', '--db', db]);
    expect(jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(ARTICLES.map((input) => extract(input)));
    const csv = await run(['export', '--db', db, '--to', 'csv', '--layer', 'articles']);
    expect(csv.stdout.split('\r\n').slice(0, 2)).toEqual(['id,date,source,url,title,entities,quotes,attributions,events,messages', expect.stringMatching(/^n1,2024-03-01,Northgate Gazette,,,\d+,1,\d+,0,0$/)]);
  });

  it('has help for each new command', async () => {
    for (const command of ['ingest', 'query', 'export']) {
      const { code, stdout } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: onrecord ${command}`);
    }
  });
});
