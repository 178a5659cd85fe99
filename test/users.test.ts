/**
 * The three users' tasks, end to end, on a store built from the BBC corpus (../shared/data/bbc; skipped
 * with a message when absent). To keep CI short it uses the first 160 politics and business articles
 * (every task still has people, quotes and events between countries to find), dated by the test since
 * the corpus gives no dates. The fact-checker works in Chromium; the researcher and the political
 * scientist use the command line, as they would to load data into their own tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { extract } from '../src/pipeline/extract.js';
import { listen } from '../src/server/server.js';
import { articleKey, contentHash } from '../src/store/identity.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(CORPUS) && existsSync(CHROMIUM);
if (!ready) console.warn(`users' tasks skipped: needs ${CORPUS} and ${CHROMIUM}`);

/** Articles of the corpus the test stores. */
const ARTICLES = 160;

interface Input {
  id: string;
  source: string;
  title: string;
  text: string;
  date: string;
}

// The corpus's politics and business articles, each given a date in the first half of 2005.
function corpus(): Input[] {
  const lines = readFileSync(CORPUS, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const wanted = lines.map((line) => JSON.parse(line) as Omit<Input, 'date'> & { topic: string }).filter((a) => a.topic === 'politics' || a.topic === 'business');
  return wanted.slice(0, ARTICLES).map(({ id, source, title, text }, i) => ({ id, source, title, text, date: `2005-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}` }));
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function onrecord(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

// RFC 4180 records: quoted fields may hold commas, quote marks and line breaks.
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return records;
}

describe.skipIf(!ready)('the three users’ tasks on the BBC corpus', () => {
  let dir = '';
  let db = '';
  let store: Store;
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'onrecord-users-'));
    db = join(dir, 'bbc.db');
    const writer = openStore(db);
    await writer.put(corpus().map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
    await writer.close();
    store = openStore(db, { readonly: true });
    server = await listen({ store, port: 0, host: '127.0.0.1', log: () => undefined });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await store?.close();
  });

  it('fact-checker: finds every quote of one person, then opens the article of one', async () => {
    const person = (await store.stats?.())?.mostQuoted[0];
    expect(person).toBeDefined();
    const key = person?.key ?? '';
    const all = await store.quotes({ speaker: key, limit: 0 });
    expect(all.length).toBeGreaterThan(2);
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.fill('input[name="speaker"]', key);
    await page.getByRole('button', { name: 'Search' }).click();
    const seen: string[] = [];
    for (;;) {
      await page.waitForSelector('#results, .muted');
      seen.push(...(await page.locator('ol.quotes blockquote').allTextContents()));
      const older = page.locator('a[rel="next"]');
      if ((await older.count()) === 0) break;
      await older.click();
    }
    expect(seen).toEqual(all.map((hit) => hit.quote.text));
    const first = all[0];
    await page.goto(`${base}/`);
    await page.fill('input[name="speaker"]', key);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('ol.quotes li').first().locator('div > a').last().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('.article-text').textContent()).toContain(first?.quote.text ?? '');
    // The same article by the corpus's own id.
    await page.goto(`${base}/article/${encodeURIComponent(first?.article.id ?? '')}`);
    expect(await page.locator('h1').textContent()).toBe(first?.article.title);
    await page.close();
  });

  it('researcher: downloads all quotes with speaker gender as Parquet and CSV, and reads back as many rows as the store holds', async () => {
    const { quotes } = await store.counts();
    const parquet = join(dir, 'quotes.parquet');
    expect((await onrecord(['export', '--db', db, '--to', 'parquet', '--layer', 'quotes', '--out', parquet])).code).toBe(0);
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(parquet) })) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(quotes);
    expect(rows.filter((row) => row['gender'] === 'male' || row['gender'] === 'female').length).toBeGreaterThan(quotes / 4);
    const csvFile = join(dir, 'quotes.csv');
    expect((await onrecord(['export', '--db', db, '--to', 'csv', '--layer', 'quotes', '--out', csvFile])).code).toBe(0);
    const [header, ...records] = csvRecords(await readFile(csvFile, 'utf8'));
    expect(header).toContain('gender');
    expect(records).toHaveLength(quotes);
    const gender = header?.indexOf('gender') ?? -1;
    expect(records.map((record) => record[gender] ?? '')).toEqual(rows.map((row) => (typeof row['gender'] === 'string' ? row['gender'] : '')));
  });

  it('political scientist: events between two countries in a date range, in POLECAT’s layout', async () => {
    const edges = await store.interactions({ limit: 0 });
    const pair = edges.find((edge) => edge.source.type === 'country' && edge.target.type === 'country');
    expect(pair).toBeDefined();
    const [a, b] = [pair?.source.key ?? '', pair?.target.key ?? ''];
    const range = { from: '2005-01-01', to: '2005-06-30' };
    const expected = await store.events({ between: [a, b], ...range, limit: 0 });
    const { code, stdout } = await onrecord(['query', 'events', '--db', db, '--actor', a, '--actor', b, '--from', range.from, '--to', range.to, '--all', '--limit', '0', '--to', 'polecat']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(header?.slice(0, 3)).toEqual(['Event ID', 'Event Date', 'Event Type']);
    expect(rows.map((row) => row[0])).toEqual(expected.map((hit) => `${hit.article.id}:${hit.event.id}`));
    const countries = new Set(rows.flatMap((row) => [row[header?.indexOf('Actor Country') ?? -1], row[header?.indexOf('Recipient Country') ?? -1]]));
    expect(countries.size).toBe(2);
    // The same pair on the network page, every flag shown.
    const page = await browser.newPage();
    await page.goto(`${base}/network?actor=${encodeURIComponent(a)}&flags=all&scope=all`);
    expect(await page.locator('svg#network a.node text').allTextContents()).toEqual(expect.arrayContaining([pair?.source.name, pair?.target.name]));
    await page.close();
  });
});
