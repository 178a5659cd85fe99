import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/record.js';
import type { IngestedArticle } from '../ingest/article.js';
import { extractAll, extractRendered, type BatchOptions } from './batch.js';
import { extract } from './extract.js';

// A stand-in extractor, loaded by URL in each worker: it takes longer on some articles so that
// workers finish out of order, throws on "boom", and records which thread did the work.
const FIXTURE = `
import { threadId } from 'node:worker_threads';
export function extract(input) {
  if (input.id === 'boom') throw new Error('exploded on purpose');
  const until = Date.now() + (Number(input.id) % 3 === 0 ? 25 : 0);
  while (Date.now() < until) {}
  return { id: input.id, text: input.text, entities: [], quotes: [], attributions: [], events: [],
           messages: [{ level: 'warning', code: 'thread', message: String(threadId) }] };
}
`;

let fixture = '';
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-batch-'));
  await writeFile(join(dir, 'slow-extract.mjs'), FIXTURE);
  fixture = pathToFileURL(join(dir, 'slow-extract.mjs')).href;
});

function articles(count: number): Array<{ id: string; text: string }> {
  return Array.from({ length: count }, (_, i) => ({ id: String(i), text: `Article ${i}.` }));
}

async function run(items: Parameters<typeof extractAll>[0], options: BatchOptions): Promise<ArticleRecord[]> {
  const out: ArticleRecord[] = [];
  for await (const record of extractAll(items, options)) out.push(record);
  return out;
}

describe('extractAll', () => {
  it('keeps input order with several workers finishing out of order', async () => {
    const records = await run(articles(60), { workers: 3, batchSize: 1, module: fixture });
    expect(records.map((r) => r.id)).toEqual(articles(60).map((a) => a.id));
    const threads = new Set(records.map((r) => r.messages[0]?.message));
    expect(threads.size).toBeGreaterThan(1);
  });

  it('keeps input order with batches of several articles', async () => {
    const records = await run(articles(101), { workers: 2, batchSize: 7, module: fixture });
    expect(records.map((r) => r.id)).toEqual(articles(101).map((a) => a.id));
  });

  it('turns an exception into an error record for that article, and goes on', async () => {
    for (const workers of [0, 2]) {
      const input = [{ id: '1', text: 'a' }, { id: 'boom', text: 'b' }, { id: '2', text: 'c' }];
      const records = await run(input, { workers, batchSize: 2, module: fixture });
      expect(records.map((r) => r.id)).toEqual(['1', 'boom', '2']);
      expect(records[1]?.messages).toMatchObject([{ level: 'error', code: 'extract-failed' }]);
      expect(records[1]?.messages[0]?.message).toContain('exploded on purpose');
      expect(records[1]?.text).toBe('b');
      expect(records[2]?.messages[0]?.code).toBe('thread');
    }
  });

  it('passes unreadable articles through with their errors, and puts reading warnings first', async () => {
    const items: IngestedArticle[] = [
      { input: { id: 'bad', text: '' }, origin: 'f:1', messages: [{ level: 'error', code: 'bad-json', message: 'f:1: bad' }], readable: false },
      { input: { id: 'u', text: 'caf\ufffd said no.' }, origin: 'f:2', messages: [{ level: 'warning', code: 'invalid-utf8', message: 'f:2' }], readable: true },
    ];
    const records = await run(items, { workers: 0 });
    expect(records.map((r) => r.id)).toEqual(['bad', 'u']);
    expect(records[0]).toMatchObject({ text: '', quotes: [], entities: [], messages: [{ code: 'bad-json' }] });
    expect(records[1]?.messages[0]?.code).toBe('invalid-utf8');
  });

  it('reads ahead only a bounded window, so an endless stream can be consumed', async () => {
    let pulled = 0;
    function* endless(): Generator<{ id: string; text: string }> {
      for (;;) yield { id: String(pulled), text: `Article ${pulled++}.` };
    }
    const batchSize = 4;
    const window = 3;
    let received = 0;
    let maxAhead = 0;
    for await (const record of extractAll(endless(), { workers: 2, batchSize, window, module: fixture })) {
      expect(record.id).toBe(String(received));
      received += 1;
      maxAhead = Math.max(maxAhead, pulled - received);
      if (received === 200) break;
    }
    expect(maxAhead).toBeLessThanOrEqual((window + 1) * batchSize);
  });

  it('reads a lead of articles ahead beyond the default window, and no more', async () => {
    let pulled = 0;
    function* endless(): Generator<{ id: string; text: string }> {
      for (;;) yield { id: String(pulled), text: `Article ${pulled++}.` };
    }
    const batchSize = 4;
    const lead = 40;
    // The default window with two workers is eight batches; the lead adds ten.
    const window = 2 * 4 + lead / batchSize;
    let received = 0;
    let maxAhead = 0;
    for await (const record of extractAll(endless(), { workers: 2, batchSize, lead, module: fixture })) {
      expect(record.id).toBe(String(received));
      received += 1;
      maxAhead = Math.max(maxAhead, pulled - received);
      if (received === 200) break;
    }
    expect(maxAhead).toBeGreaterThan(8 * batchSize + batchSize);
    expect(maxAhead).toBeLessThanOrEqual((window + 1) * batchSize);
  });

  it('gives the same records on worker threads as extract() in this thread', async () => {
    const input = [
      { id: 'q1', text: '"We will keep talking to both sides," Dutch Foreign Minister Anna Berg said on Tuesday.' },
      { id: 'q2', text: 'According to Berg, no visit to Ankara has been planned.' },
      { id: 'empty', text: '   ' },
    ];
    const inProcess = await run(input, { workers: 0 });
    expect(inProcess).toEqual(input.map((article) => extract(article)));
    const threaded = await run(input, { workers: 2, batchSize: 1 });
    expect(threaded.map((r) => [r.id, r.text, r.messages.map((m) => m.code)])).toEqual(
      inProcess.map((r) => [r.id, r.text, r.messages.map((m) => m.code)]),
    );
  });

  it('writes the same records as JSON, in this thread and on workers, with their errors apart', async () => {
    const input = [
      { id: 'q1', text: '"We will keep talking," Anna Berg said.' },
      { id: 'boom', text: 'boom' },
      { id: 'q2', text: 'No visit is planned, the ministry said.' },
    ];
    const records = await run(input, { workers: 0, module: fixture });
    for (const workers of [0, 2]) {
      const rendered = [];
      for await (const one of extractRendered(input, { workers, batchSize: 1, module: fixture })) rendered.push(one);
      expect(rendered.map((r) => r.id)).toEqual(['q1', 'boom', 'q2']);
      // The fixture notes its thread in a message, which differs between threads.
      const unthreaded = (r: ArticleRecord): ArticleRecord => ({ ...r, messages: r.messages.filter((m) => m.code !== 'thread') });
      expect(rendered.map((r) => unthreaded(JSON.parse(r.json) as ArticleRecord))).toEqual(records.map(unthreaded));
      expect(rendered.map((r) => r.errors.map((m) => m.code))).toEqual([[], ['extract-failed'], []]);
    }
  });

  it('rejects a bad worker count, and a module without extract', async () => {
    await expect(run([], { workers: -1 })).rejects.toThrow(/workers/);
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-batch-'));
    await writeFile(join(dir, 'none.mjs'), 'export const nothing = 1;\n');
    const module = pathToFileURL(join(dir, 'none.mjs')).href;
    await expect(run([{ id: '1', text: 'x' }], { workers: 1, module })).rejects.toThrow(/could not start/);
  });

  it('fails the run, naming the wait, when a worker never finishes loading its extractor', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-batch-'));
    // A top-level await that never settles, with a timer keeping the worker alive meanwhile.
    await writeFile(join(dir, 'stuck.mjs'), 'setInterval(() => {}, 1000);\nawait new Promise(() => {});\nexport function extract() {}\n');
    const module = pathToFileURL(join(dir, 'stuck.mjs')).href;
    await expect(run([{ id: '1', text: 'x' }], { workers: 1, module, startupMs: 300 })).rejects.toThrow(/could not start: it had not loaded its extractor after 0\.3 s/);
  });
});
