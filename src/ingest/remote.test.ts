import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_AGENT } from '../version.js';
import type { IngestedArticle } from './article.js';
import { readInputs, type ReadOptions } from './inputs.js';

async function all(inputs: string[], options: ReadOptions = {}): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for await (const article of readInputs(inputs, options)) out.push(article);
  return out;
}

const PAGE = '<html><head><title>Talks</title></head><body><p>"We will talk," Ann Holt said.</p></body></html>';
const FEED = `<rss version="2.0"><channel><title>Herald</title>
  <item><title>Inline</title><guid>i1</guid><description>Inline text.</description></item>
  <item><title>Linked</title><link>/page</link></item>
  <item><title>Gone</title><link>/missing</link></item>
</channel></rss>`;

let server: Server;
let base = '';
const agents: string[] = [];

function route(request: IncomingMessage): { status: number; type: string; body: string | Buffer; delay?: number } {
  switch (request.url) {
    case '/page':
      return { status: 200, type: 'text/html; charset=utf-8', body: PAGE };
    case '/feed':
      return { status: 200, type: 'application/rss+xml', body: FEED };
    case '/feed.xml':
      return { status: 200, type: 'text/xml', body: FEED };
    case '/lines':
      return { status: 200, type: 'application/octet-stream', body: gzipSync('{"id":"g1","body":"Gzipped.","published":"2024-01-01"}\n') };
    case '/slow':
      return { status: 200, type: 'text/html', body: PAGE, delay: 2000 };
    default:
      return { status: 404, type: 'text/plain', body: 'not here' };
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    agents.push(request.headers['user-agent'] ?? '');
    const { status, type, body, delay = 0 } = route(request);
    const timer = setTimeout(() => response.writeHead(status, { 'content-type': type }).end(body), delay);
    response.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('reading URLs', () => {
  it('reads an HTML page with onrecord’s user agent; its URL is its id and url', async () => {
    const [article] = await all([`${base}/page`]);
    expect(article?.input).toMatchObject({ id: `${base}/page`, url: `${base}/page`, title: 'Talks', text: '"We will talk," Ann Holt said.' });
    expect(agents).toContain(USER_AGENT);
    expect(USER_AGENT).toMatch(/^onrecord\/\d+\.\d+\.\d+/);
  });

  it('reads a feed (by Content-Type or by content), fetching the pages of link-only items, an HTTP error on one item only', async () => {
    for (const path of ['/feed', '/feed.xml']) {
      // The test server is on loopback: its links are followed only when private links are allowed.
      const articles = await all([`${base}${path}`], { allowPrivateLinks: true });
      expect(articles.map((a) => a.input.id)).toEqual(['i1', `${base}/page`, `${base}/missing`]);
      expect(articles[1]?.input).toMatchObject({ title: 'Linked', text: '"We will talk," Ann Holt said.', source: 'Herald' });
      expect(articles[2]?.readable).toBe(false);
      expect(articles[2]?.messages[0]?.message).toMatch(/HTTP 404/);
    }
  });

  it('refuses a remote feed’s link to a loopback address (SSRF) unless private links are allowed; the feed itself, named by the user, is read', async () => {
    const articles = await all([`${base}/feed`]);
    expect(articles.map((a) => a.input.id)).toEqual(['i1', `${base}/page`, `${base}/missing`]);
    expect(articles[0]?.readable).toBe(true);
    for (const refused of articles.slice(1)) {
      expect(refused.readable).toBe(false);
      expect(refused.messages[0]?.code).toBe('read-failed');
      expect(refused.messages[0]?.message).toMatch(/points at a private address \(127\.0\.0\.1\).*--allow-private-links/);
    }
    expect(agents.filter((agent) => agent === USER_AGENT).length).toBeGreaterThan(0);
  });

  it('decompresses a gzipped body and reads the JSON-lines variants body and published', async () => {
    const [article] = await all([`${base}/lines`]);
    expect(article?.input).toEqual({ id: 'g1', text: 'Gzipped.', date: '2024-01-01' });
  });

  it('reports an HTTP error, a time-out and a refused connection as read-failed, and goes on', async () => {
    // A port that was free a moment ago: nothing listens there.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const closed = (spare.address() as AddressInfo).port;
    await new Promise((resolve) => spare.close(resolve));
    const articles = await all([`${base}/nothing`, `${base}/slow`, `http://127.0.0.1:${closed}/`, `${base}/page`], { fetch: { timeoutMs: 300 } });
    expect(articles.map((a) => a.readable)).toEqual([false, false, false, true]);
    expect(articles.map((a) => a.messages[0]?.code ?? 'ok')).toEqual(['read-failed', 'read-failed', 'read-failed', 'ok']);
    expect(articles[0]?.messages[0]?.message).toMatch(/HTTP 404 Not Found/);
    expect(articles[1]?.messages[0]?.message).toMatch(/no answer within 0.3 s/);
    expect(articles[2]?.messages[0]?.message).toMatch(/ECONNREFUSED/);
  });
});

describe('reading gzip files', () => {
  it('decompresses by magic number, with or without .gz, taking the format from the inner name or the content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-gz-'));
    await writeFile(join(dir, 'a.jsonl.gz'), gzipSync('{"id":"a1","text":"One."}\n{"id":"a2","content":"Two."}\n'));
    await writeFile(join(dir, 'page.gz'), gzipSync(PAGE));
    await writeFile(join(dir, 'plain.txt'), gzipSync('Zipped plain text.'));
    const articles = await all([join(dir, 'a.jsonl.gz'), join(dir, 'page.gz'), join(dir, 'plain.txt')]);
    expect(articles.map((a) => a.input.text)).toEqual(['One.', 'Two.', '"We will talk," Ann Holt said.', 'Zipped plain text.']);
  });

  it('keeps the articles before a corrupt part of a gzip file, then reports it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-gz-'));
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Article number ${i} ${'x'.repeat(i % 97)}` })).join('\n');
    const zipped = gzipSync(lines);
    await writeFile(join(dir, 'broken.jsonl.gz'), zipped.subarray(0, Math.floor(zipped.length * 0.8)));
    const articles = await all([join(dir, 'broken.jsonl.gz')]);
    const last = articles.at(-1);
    expect(articles.length).toBeGreaterThan(10);
    expect(articles.length).toBeLessThan(2000);
    expect(last?.readable).toBe(false);
    expect(last?.messages[0]?.code).toBe('read-failed');
    expect(articles.slice(0, -1).every((a) => a.readable)).toBe(true);
  });
});
