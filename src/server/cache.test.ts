/** The response cache: the same answers as without it, 304 for a known ETag, and emptied by any write to the store. */
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../doc/record.js';
import { actorKey } from '../store/actors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { matchesEtag, ReplyCache, type KeptReply } from './cache.js';
import type { Reply } from './http.js';
import { FERRY, FIXTURES, HARBOUR, HOSTILE, stored } from './testing/fixtures.js';
import { listenForTest, stopTestServer } from './testing/listening.js';

const TOKEN = 'test-token-123';
const text = (body: string): Reply => ({ type: 'text/plain', body });

describe('ReplyCache', () => {
  it('keeps a 200 by key until the version moves, and never an error', async () => {
    const cache = new ReplyCache(1024 * 1024);
    let made = 0;
    const make = (): Reply => text(`answer ${++made}`);
    const first = (await cache.reply('/a', 'v1', make)) as KeptReply;
    expect(first.body.toString()).toBe('answer 1');
    expect(first.headers['ETag']).toBe(first.etag);
    expect(((await cache.reply('/a', 'v1', make)) as KeptReply).body.toString()).toBe('answer 1');
    expect(((await cache.reply('/a', 'v2', make)) as KeptReply).body.toString()).toBe('answer 2');
    const missing = (): Reply => ({ status: 404, type: 'text/plain', body: 'none' });
    await cache.reply('/b', 'v2', missing);
    expect(cache.size.entries).toBe(1);
  });

  it('drops the least recently used reply when over its size, and keeps no reply too large', async () => {
    const cache = new ReplyCache(16 * 1024);
    const body = (n: number): Reply => text('x'.repeat(n));
    for (const key of ['/1', '/2', '/3']) await cache.reply(key, 'v', () => body(900));
    await cache.reply('/1', 'v', () => body(1));
    for (let i = 4; i <= 12; i++) await cache.reply(`/${i}`, 'v', () => body(900));
    expect(cache.size.bytes).toBeLessThanOrEqual(16 * 1024);
    // /1 was used last of the first three: /2 went first.
    expect(((await cache.reply('/1', 'v', () => body(5))) as KeptReply).body.length).toBe(900);
    expect(((await cache.reply('/3', 'v', () => body(5))) as KeptReply).body.length).toBe(900);
    expect(((await cache.reply('/2', 'v', () => body(5))) as KeptReply).body.length).toBe(5);
    await cache.reply('/big', 'v', () => body(3000));
    expect(((await cache.reply('/big', 'v', () => body(3))) as KeptReply).body.length).toBe(3);
  });

  it('runs the handler once for a burst of the same request, and does not keep what was made before a change', async () => {
    const cache = new ReplyCache();
    let made = 0;
    let release: () => void = () => undefined;
    const slow = (): Promise<Reply> => new Promise((resolve) => (release = () => resolve(text(`slow ${++made}`))));
    const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    const burst = [cache.reply('/s', 'v1', slow), cache.reply('/s', 'v1', slow), cache.reply('/s', 'v1', slow)];
    await tick();
    release();
    expect((await Promise.all(burst)).map((r) => (r as KeptReply).body.toString())).toEqual(['slow 1', 'slow 1', 'slow 1']);
    const stale = cache.reply('/t', 'v1', slow);
    // The store changes while /t is being made: its answer goes to its asker, and is not kept.
    await tick();
    const fresh = cache.reply('/u', 'v2', () => text('u'));
    release();
    await Promise.all([stale, fresh]);
    expect(((await cache.reply('/t', 'v2', () => text('new'))) as KeptReply).body.toString()).toBe('new');
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matchesEtag('"a", W/"b"', '"b"')).toBe(true);
    expect(matchesEtag('*', '"b"')).toBe(true);
    expect(matchesEtag('"a"', '"b"')).toBe(false);
    expect(matchesEtag(undefined, '"b"')).toBe(false);
  });
});

describe('serve: the response cache', () => {
  const running: Array<{ server: Server; store: Store }> = [];
  afterEach(async () => {
    for (const run of running.splice(0)) await stopTestServer(run);
  });

  async function start(store: Store, cacheBytes?: number, token?: string): Promise<string> {
    const run = await listenForTest({ store, ...(cacheBytes !== undefined && { cacheBytes }), ...(token !== undefined && { token }) });
    running.push(run);
    return run.base;
  }

  const harbour = encodeURIComponent(stored(HARBOUR).key);
  const hostileActor = encodeURIComponent(actorKey(HOSTILE.entities[0] as EntityRecord, HOSTILE.source) ?? '');
  const PATHS = [
    '/api/stats', '/api/articles?limit=2', '/api/articles?limit=2&offset=2', `/api/articles/${harbour}`, '/api/quotes?speaker=Q1001', '/api/quotes?search=budget',
    '/api/entities?type=person', '/api/entities/kb%3AQ1001', '/api/events?code=consult', '/api/interactions', '/api/search?q=ferry', '/api/openapi.json',
    '/', '/?q=ferry', '/articles', `/articles/${harbour}`, '/actors/kb%3AQ1001', `/actors/${hostileActor}`, '/network', '/extract', '/static/style.css',
    '/api/quotes?limit=0', '/api/articles/nothing', '/nothing',
  ];

  it('answers every GET as the server without a cache does, and 304 to a client holding the ETag', async () => {
    const store = openStore(':memory:');
    await store.put(FIXTURES.map(stored));
    const cached = await start(store);
    const plain = await start(store, 0);
    for (const path of PATHS) {
      const expected = await fetch(`${plain}${path}`);
      const expectedBody = await expected.text();
      for (const round of [1, 2]) {
        const response = await fetch(`${cached}${path}`);
        expect([path, round, response.status, await response.text()]).toEqual([path, round, expected.status, expectedBody]);
        expect(response.headers.get('content-security-policy')).toBe(expected.headers.get('content-security-policy'));
        expect(response.headers.get('content-type')).toBe(expected.headers.get('content-type'));
      }
      const etag = (await fetch(`${cached}${path}`)).headers.get('etag');
      if (expected.status !== 200) {
        expect([path, etag]).toEqual([path, null]);
        continue;
      }
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await fetch(`${cached}${path}`, { headers: { 'if-none-match': etag ?? '' } });
      expect([path, again.status, await again.text(), again.headers.get('etag')]).toEqual([path, 304, '', etag]);
      expect((await fetch(`${cached}${path}`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    }
  });

  it('forgets what it kept when articles are posted to it', async () => {
    const store = openStore(':memory:');
    await store.put([stored(HARBOUR)]);
    const base = await start(store, undefined, TOKEN);
    const stats = async (): Promise<unknown> => ((await (await fetch(`${base}/api/stats`)).json()) as { articles: number }).articles;
    const speaker = async (): Promise<string[]> =>
      ((await (await fetch(`${base}/api/quotes?speaker=Maria%20Lund`)).json()) as { items: Array<{ article: { id: string } }> }).items.map((h) => h.article.id);
    expect([await stats(), await speaker()]).toEqual([1, []]);
    const etag = (await fetch(`${base}/api/stats`)).headers.get('etag') ?? '';
    const posted = await fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ id: 'n1', text: '"Talks resume on Monday," Maria Lund said.', date: '2024-07-01' }),
    });
    expect(posted.status).toBe(200);
    expect([await stats(), await speaker()]).toEqual([2, ['n1']]);
    expect((await fetch(`${base}/api/stats`, { headers: { 'if-none-match': etag } })).status).toBe(200);
  });

  it('forgets what it kept when another connection writes to the store', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'onrecord-cache-')), 'shared.db');
    const writer = openStore(path);
    await writer.put([stored(HARBOUR)]);
    const base = await start(openStore(path, { readonly: true }));
    const articles = async (): Promise<string[]> => ((await (await fetch(`${base}/api/articles`)).json()) as { items: Array<{ article: { id: string } }> }).items.map((h) => h.article.id);
    expect(await articles()).toEqual(['harbour-1']);
    await writer.put([stored(FERRY)]);
    expect(await articles()).toEqual(['ferry-2', 'harbour-1']);
    await writer.remove(stored(HARBOUR).key);
    expect(await articles()).toEqual(['ferry-2']);
    const page = await (await fetch(`${base}/articles/${harbour}`)).text();
    expect(page).toMatch(/no article/);
    await writer.close();
  });
});
