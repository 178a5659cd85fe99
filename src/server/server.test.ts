/** The server end to end on a port of its own: the API, its errors and limits, writing with a token, escaping in pages. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord } from '../doc/record.js';
import { actorKey } from '../store/actors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { OPENAPI } from './openapi.js';
import { FERRY, FIXTURES, HARBOUR, HOSTILE, stored } from './testing/fixtures.js';
import { listenForTest, stopTestServer } from './testing/listening.js';

const TOKEN = 'test-token-123';

async function start(token?: string, maxBody?: number): Promise<{ server: Server; store: Store; base: string; logs: string[] }> {
  const store = openStore(':memory:');
  await store.put(FIXTURES.map(stored));
  const logs: string[] = [];
  return { ...(await listenForTest({ store, log: (m) => logs.push(m), ...(token !== undefined && { token }), ...(maxBody !== undefined && { maxBody }) })), logs };
}

const stop = stopTestServer;

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('serve: read-only', () => {
  let run: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => (run = await start()));
  afterAll(() => stop(run));

  it('lists articles newest first, a page at a time, with the next page', async () => {
    const first = await getJson(`${run.base}/api/articles?limit=2`);
    expect(first.status).toBe(200);
    expect((first.body['items'] as Array<{ article: { id: string } }>).map((i) => i.article.id)).toEqual(['hostile-3', 'ferry-2']);
    expect(first.body['next']).toMatch(/^\/api\/articles\?limit=2&after=2\.[\w-]{10}\.[\w-]+$/);
    const second = await getJson(`${run.base}${String(first.body['next'])}`);
    expect((second.body['items'] as Array<{ article: { id: string } }>).map((i) => i.article.id)).toEqual(['harbour-1']);
    expect(second.body['next']).toBeNull();
  });

  it('gives one article by key, and 404 for an unknown key', async () => {
    const key = stored(HARBOUR).key;
    const { status, body } = await getJson(`${run.base}/api/articles/${encodeURIComponent(key)}`);
    expect(status).toBe(200);
    expect(body).toEqual({ key, record: HARBOUR });
    const missing = await getJson(`${run.base}/api/articles/${encodeURIComponent('url:https://nowhere.example/')}`);
    expect(missing.status).toBe(404);
    expect(missing.body['error']).toMatch(/no article/);
  });

  it('filters quotes by speaker, words, kind and dates', async () => {
    const quotes = async (query: string): Promise<string[]> =>
      ((await getJson(`${run.base}/api/quotes?${query}`)).body['items'] as Array<{ quote: { text: string } }>).map((h) => h.quote.text);
    expect(await quotes('speaker=Q1001')).toEqual(['"We will wait,"', '"The ferry will sail,"']);
    expect(await quotes('search=budget')).toEqual(['the budget was too small']);
    expect(await quotes('speaker=Anna%20Berg&kind=direct&to=2024-04-01')).toEqual(['"The ferry will sail,"']);
    expect(await quotes('speaker=Q1001&limit=1&offset=1')).toEqual(['"The ferry will sail,"']);
  });

  it('gives an actor with roles, timeline, quotes, events and interactions', async () => {
    const { status, body } = await getJson(`${run.base}/api/entities/${encodeURIComponent('kb:Q1001')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ actor: { name: 'Anna Berg' }, articles: 2, quotes: 2, roles: [{ role: 'Minister', articles: 2 }], timeline: [{ month: '2024-03', quotes: 1 }, { month: '2024-05', quotes: 1 }] });
    expect((body['latestEvents'] as unknown[]).length).toBe(3);
    expect((body['latestQuotes'] as unknown[]).length).toBe(2);
    expect((body['interactions'] as Array<{ code: string; negated: number }>).map((e) => [e.code, e.negated]).sort()).toEqual([['ACCUSE', 0], ['CONSULT', 0], ['CONSULT', 1]]);
    expect((await getJson(`${run.base}/api/entities?type=person&limit=1`)).body['items']).toHaveLength(1);
  });

  it('filters events by actor, code and negation; sums interactions; searches; counts', async () => {
    const events = (await getJson(`${run.base}/api/events?actor=Q1002&code=consult&negated=true`)).body['items'] as Array<{ event: { trigger: { text: string } } }>;
    expect(events.map((e) => e.event.trigger.text)).toEqual(['meet']);
    const edges = (await getJson(`${run.base}/api/interactions?code=ACCUSE`)).body['items'] as Array<{ source: { name: string }; target: { name: string } }>;
    expect(edges.map((e) => `${e.source.name}→${e.target.name}`)).toEqual(['Anna Berg→Jan Vos']);
    const search = (await getJson(`${run.base}/api/search?q=ferry`)).body;
    expect((search['quotes'] as { items: unknown[] }).items).toHaveLength(1);
    expect((await getJson(`${run.base}/api/search?q=berg`)).body['actors']).toMatchObject([{ actor: { name: 'Anna Berg' } }]);
    expect((await getJson(`${run.base}/api/stats`)).body).toMatchObject({ articles: 3, quotes: 4, events: 4 });
  });

  it('answers a bad parameter with 400 and a message', async () => {
    for (const [query, message] of [
      ['/api/quotes?limit=0', /"limit" must be a whole number from 1 to 200/],
      ['/api/quotes?limit=5000', /"limit"/],
      ['/api/quotes?offset=-1', /"offset"/],
      ['/api/quotes?from=2024-13-45', /"from" must be a date/],
      ['/api/quotes?from=2024-05-01&to=2024-01-01', /after "to"/],
      ['/api/quotes?kind=rumour', /"kind" must be one of direct, indirect, mixed/],
      ['/api/quotes?colour=red', /unknown parameter "colour"/],
      ['/api/events?negated=maybe', /"negated" must be true or false/],
      ['/api/events?code=x;drop', /PLOVER code/],
      ['/api/search', /"q" is required/],
      ['/api/quotes?limit=1&limit=2', /more than once/],
    ] as const) {
      const { status, body } = await getJson(`${run.base}${query}`);
      expect([query, status]).toEqual([query, 400]);
      expect(body['error']).toMatch(message);
    }
    expect((await fetch(`${run.base}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${run.base}/api/quotes`, { method: 'DELETE' })).status).toBe(405);
  });

  it('describes every API route in the OpenAPI document it serves', async () => {
    const { body } = await getJson(`${run.base}/api/openapi.json`);
    expect(body).toEqual(JSON.parse(JSON.stringify(OPENAPI)));
    const paths = Object.keys(body['paths'] as object);
    for (const path of ['/api/articles', '/api/articles/{key}', '/api/quotes', '/api/entities', '/api/entities/{key}', '/api/events', '/api/interactions', '/api/search', '/api/stats', '/api/extract']) {
      expect(paths).toContain(path);
    }
  });

  it('extracts posted text without storing it', async () => {
    const response = await fetch(`${run.base}/api/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'x1', text: '"We will not sign," Maria Lund said on Friday.' }) });
    expect(response.status).toBe(200);
    const record = (await response.json()) as ArticleRecord;
    expect(record.id).toBe('x1');
    expect(record.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['"We will not sign,"', 'Maria Lund']]);
    const plain = await fetch(`${run.base}/api/extract`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'Maria Lund said the talks had failed.' });
    expect(((await plain.json()) as ArticleRecord).quotes).toHaveLength(1);
    expect((await getJson(`${run.base}/api/stats`)).body).toMatchObject({ articles: 3 });
    const bad = await fetch(`${run.base}/api/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": 3}' });
    expect([bad.status, ((await bad.json()) as { error: string }).error]).toEqual([400, 'body: "text" must be a non-empty string']);
  });

  it('refuses to store articles when no token is configured', async () => {
    const response = await fetch(`${run.base}/api/articles`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text: 'Anna Berg said no.' }) });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/--token/);
  });

  it('sends the security headers on every response', async () => {
    for (const path of ['/', '/api/stats', '/static/style.css', '/nothing']) {
      const response = await fetch(`${run.base}${path}`);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('escapes article text, titles, names and quotes in every page', async () => {
    const key = stored(HOSTILE).key;
    const pages = [`/articles/${encodeURIComponent(key)}`, '/', '/articles', `/?q=script`, '/network', `/actors/${encodeURIComponent(actorKey(HOSTILE.entities[0] as EntityRecord, HOSTILE.source) ?? '')}`, `/actors/${encodeURIComponent(actorKey(HOSTILE.entities[1] as EntityRecord, HOSTILE.source) ?? '')}`];
    for (const path of pages) {
      const response = await fetch(`${run.base}${path}`);
      expect([path, response.status]).toEqual([path, 200]);
      const page = await response.text();
      expect(page).not.toMatch(/<script>alert|<img src=x|<i>Stone|<b>Wire/);
      // The only scripts are our own files and the inert JSON data block.
      for (const tag of page.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/^<script (type="module" src="\/static\/[a-z]+\.js"|type="application\/json" id="network-data")>$/);
    }
    const article = await (await fetch(`${run.base}${pages[0] ?? ''}`)).text();
    expect(article).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(article).toContain('&quot;&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt; is not news&quot;');
    const network = await (await fetch(`${run.base}/network?flags=all`)).text();
    expect(network).toContain('>&quot;Eve&quot; &lt;i&gt;Stone&lt;/i&gt;</text>');
  });

  it('marks each quote of an article page at its offsets, linked to its speaker', async () => {
    const page = await (await fetch(`${run.base}/articles/${encodeURIComponent(stored(HARBOUR).key)}`)).text();
    const unescape = (s: string): string => s.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const text = /<div class="article-text">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '';
    expect(unescape(text)).toBe(HARBOUR.text);
    const anchors = [...text.matchAll(/<a class="q c\d+" href="([^"]+)"[^>]*data-quote="(q\d)">([\s\S]*?)<\/a>/g)].map((m) => [m[1], m[2], unescape(m[3] ?? '')]);
    expect(anchors).toEqual([
      ['/actors/kb%3AQ1001', 'q1', '"The ferry will sail,"'],
      ['/actors/kb%3AQ1002', 'q2', 'the budget was too small'],
    ]);
    expect(text).toMatch(/<mark class="event" title="CONSULT: Anna Berg → Jan Vos" data-event="v1">met<\/mark>/);
  });

  it('renders the actor page with a timeline bar per month and the network page with its edges', async () => {
    const actor = await (await fetch(`${run.base}/actors/${encodeURIComponent('kb:Q1001')}`)).text();
    expect(actor.match(/<title>2024-\d\d: \d+ quotes<\/title>/g)).toEqual(['<title>2024-03: 1 quotes</title>', '<title>2024-04: 0 quotes</title>', '<title>2024-05: 1 quotes</title>']);
    expect(actor).toContain('Minister');
    const network = await (await fetch(`${run.base}/network?code=ACCUSE`)).text();
    expect(network.match(/<tr class="(coop|conflict)">/g)).toEqual(['<tr class="conflict">']);
    expect((await fetch(`${run.base}/network?code=nope!`)).status).toBe(400);
    expect((await fetch(`${run.base}/static/evil.js`)).status).toBe(404);
  });

  it('extracts a pasted article in the page', async () => {
    const body = new URLSearchParams({ title: 'Pasted <b>', text: '"The port stays shut," Harbour master Ola Dahl said.' });
    const response = await fetch(`${run.base}/extract`, { method: 'POST', body });
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('Pasted &lt;b&gt;');
    expect(page).toMatch(/<span class="q c\d+" title="direct quote by Ola Dahl" data-who="1" data-quote="q1">&quot;The port stays shut,&quot;<\/span>/);
  });

  it('shows how a speaker not named on the spot was found', async () => {
    const body = new URLSearchParams({ text: 'Anna Berg runs the port. "The port stays shut," she said.' });
    const page = await (await fetch(`${run.base}/extract`, { method: 'POST', body })).text();
    expect(page).toContain('Anna Berg');
    expect(page).toContain('<span class="muted basis">pronoun</span>');
  });
});

describe('serve: with a token', () => {
  let run: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => (run = await start(TOKEN, 2048)));
  afterAll(() => stop(run));

  const post = (body: string, token?: string): Promise<Response> =>
    fetch(`${run.base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token !== undefined && { authorization: `Bearer ${token}` }) }, body });

  it('needs the bearer token, then stores articles and says what happened to each', async () => {
    expect((await post('{"text":"x"}')).status).toBe(401);
    expect((await post('{"text":"x"}', 'wrong-token-000')).status).toBe(401);
    const articles = [{ id: 'n1', text: '"Talks resume on Monday," Maria Lund said.', date: '2024-07-01', url: 'https://wire.example/n1' }];
    const response = await post(JSON.stringify(articles), TOKEN);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ results: [{ id: 'n1', outcome: 'stored' }] });
    expect(((await (await post(JSON.stringify(articles), TOKEN)).json()) as { results: unknown[] }).results).toEqual([{ id: 'n1', outcome: 'unchanged' }]);
    const hits = (await getJson(`${run.base}/api/quotes?speaker=Maria%20Lund`)).body['items'] as Array<{ article: { id: string } }>;
    expect(hits.map((h) => h.article.id)).toEqual(['n1']);
    expect((await post('[{"title":"no text"}]', TOKEN)).status).toBe(400);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ text: 'word '.repeat(1000) });
    const response = await post(big, TOKEN);
    expect(response.status).toBe(413);
    const extract = await fetch(`${run.base}/api/extract`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(5000) });
    expect(extract.status).toBe(413);
    expect(FERRY.id).toBe('ferry-2');
  });
});
