/** Pages users hold on to: an article by its own id, roles assumed from today, acts kept apart by their flags. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { articleKey, contentHash } from '../../store/identity.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { listenForTest, stopTestServer, type TestServer } from '../testing/listening.js';

// Invented articles: one id used by two sources, an undated article about a known person, and acts with flags.
const ARTICLES = [
  { id: 'n-1', source: 'Northgate Gazette', date: '2011-01-05', title: 'Gazette story', text: 'Germany accused France of breaking the deal.' },
  { id: 'n-1', source: 'Kelmouth Herald', date: '2011-01-06', title: 'Herald story', text: 'Germany did not accuse France of anything. Germany urged France to meet Italy.' },
  { id: 'solo', text: '"We will not give in," Chancellor Angela Merkel said.' },
  {
    id: 'three',
    text: '"The bridge opens in May," Anna Berg said.\n\n"It will not," Tom Reyes said.\n\n"Nobody asked us," Lena Holt said.\n\n"We asked everyone," Anna Berg said.',
  },
];

let running: TestServer;
let store: Store;
let base = '';

beforeAll(async () => {
  store = openStore(':memory:');
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  running = await listenForTest({ store });
  base = running.base;
});

afterAll(() => stopTestServer(running));

async function page(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, text: await response.text() };
}

describe('an article by its own id', () => {
  it('opens the article an id names, lists the sources that share one, and 404s an unknown id', async () => {
    const solo = await page('/article/solo');
    expect(solo.status).toBe(200);
    expect(solo.text).toContain('We will not give in');
    const shared = await page('/article/n-1');
    expect(shared.text).toMatch(/2 sources gave an article this id/);
    expect(shared.text).toContain('Gazette story');
    expect(shared.text).toContain('Herald story');
    const one = await page('/article/n-1?source=kelmouth%20herald');
    expect(one.text).toContain('<h1>Herald story</h1>');
    expect((await page('/article/nowhere')).status).toBe(404);
  });
});

describe('the actor page', () => {
  it('says next to a role that it was assumed from today when the articles have no date', async () => {
    const { text } = await page(`/actors/${encodeURIComponent('kb:person/angela-merkel')}`);
    expect(text).toMatch(/<li>[^<]*Chancellor of Germany[^]*?assumed from today: its articles have no date/);
  });

  it('shows acts that happened unless every flag is asked for, and marks the others', async () => {
    const key = encodeURIComponent('kb:country/DEU');
    const asserted = await page(`/actors/${key}`);
    expect(asserted.text).not.toMatch(/class="flag"/);
    expect(asserted.text).toContain('id="flags-link"');
    const all = await page(`/actors/${key}?flags=all`);
    expect(all.text).toMatch(/<li class="flag-negated"><code>ACCUSE<\/code> <em class="flag">not<\/em> Germany → France/);
  });
});

describe('the dashboard', () => {
  it('draws who gets quoted and events over time as SVG charts, with tables and CSV', async () => {
    const { status, text } = await page('/dashboard');
    expect(status).toBe(200);
    expect(text.match(/<svg id="chart-[a-z-]+" class="chart/g)?.length).toBe(6);
    expect(text).toMatch(/<td>female<\/td><td>4<\/td>/);
    expect(text).toMatch(/<title id="chart-events-by-month-title">Events per month by category<\/title>/);
    const csv = await fetch(`${base}/dashboard/quotes-by-gender.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('gender,quotes');
    expect(lines).toEqual(expect.arrayContaining(['female,4', 'male,1']));
    expect((await page('/dashboard/nothing.csv')).status).toBe(404);
  });

  it('is drawn once per version of the store, and anew after a write, with the response cache off', async () => {
    const inner = openStore(':memory:');
    let counted = 0;
    const counting: Store = { ...inner, stats: () => ((counted += 1), inner.stats?.() ?? Promise.reject(new Error('no stats'))) };
    const own = await listenForTest({ store: counting, cacheBytes: 0, token: 'dashboard-token' });
    try {
      const quoted = async (): Promise<string> => (await (await fetch(`${own.base}/dashboard/quotes-by-gender.csv`)).text()).split('\r\n').slice(1).filter((line) => line !== '').join(' ');
      expect(await quoted()).toBe('');
      const first = await (await fetch(`${own.base}/dashboard`)).text();
      for (let i = 0; i < 3; i++) expect(await (await fetch(`${own.base}/dashboard`)).text()).toBe(first);
      // Counted once for the page, its tables and their CSV: 3.2 ms a request on the 100,000-article bench store.
      expect(counted).toBe(1);
      const posted = await fetch(`${own.base}/api/articles`, {
        method: 'POST',
        headers: { Authorization: 'Bearer dashboard-token', 'Content-Type': 'application/json' },
        body: JSON.stringify({ id: 'd-1', text: '"The ferry runs again," Mayor Ingrid Holm said.' }),
      });
      expect(posted.status).toBe(200);
      expect(await quoted()).toBe('female,1');
      expect(await (await fetch(`${own.base}/dashboard`)).text()).not.toBe(first);
      expect(counted).toBe(2);
    } finally {
      await stopTestServer(own);
    }
  });
});

describe('speakers told apart without colour alone', () => {
  it('gives each speaker of an article its own colour and number, on every quote and in the legend', async () => {
    const { text } = await page('/article/three');
    const quotes = [...text.matchAll(/<a class="q (c\d+)"[^>]*?(?: data-who="(\d+)")? data-quote="q\d"/g)].map((m) => [m[1], m[2]]);
    expect(quotes).toHaveLength(4);
    expect(quotes.map(([, who]) => who)).toEqual(['1', '2', '3', '1']);
    expect(new Set(quotes.slice(0, 3).map(([colour]) => colour)).size).toBe(3);
    expect(quotes[3]?.[0]).toBe(quotes[0]?.[0]);
    expect(text).toMatch(/<span class="swatch q c\d+">3<\/span><a [^>]*>Lena Holt<\/a>/);
  });

  it('opens every page with a link that skips to its content, and follows the reader’s dark mode', async () => {
    for (const path of ['/', '/dashboard', '/network', '/article/solo']) expect((await page(path)).text).toMatch(/<body>\n<a class="skip" href="#main">Skip to content<\/a>[^]*<main id="main"/);
    expect((await page('/static/style.css')).text).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });
});
