/** An actor's detail: the latest rows of each list, and links to the whole lists that page to their ends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { articleKey, contentHash } from '../store/identity.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { ACTOR_LATEST } from './api.js';
import { listenForTest, stopTestServer, type TestServer } from './testing/listening.js';

// Invented articles, more than one detail shows: each a quote of Anna Berg and an accusation between two countries.
const ARTICLES = Array.from({ length: ACTOR_LATEST + 5 }, (_, i) => ({
  id: `d${i}`,
  date: `2012-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  text: `"Pier ${i} will reopen," Anna Berg said. Germany accused France of breaking accord ${i}.`,
}));

let running: TestServer;
let store: Store;

beforeAll(async () => {
  store = openStore(':memory:');
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  running = await listenForTest({ store });
});

afterAll(() => stopTestServer(running));

async function get(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${running.base}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

// Follows `next` from `path` to the end: the rows seen.
async function walk(path: string): Promise<unknown[]> {
  const seen: unknown[] = [];
  for (let next: string | null = path; next !== null; ) {
    const body = await get(next);
    seen.push(...(body['items'] as unknown[]));
    next = body['next'] as string | null;
  }
  return seen;
}

describe("an actor's detail", () => {
  it(`shows the latest ${ACTOR_LATEST} quotes and events (a reply of 50 of each was ~42 KB), and links to the whole lists`, async () => {
    const { items } = (await get('/api/entities?type=person')) as { items: Array<{ actor: { key: string; name: string } }> };
    const anna = items.find((hit) => hit.actor.name === 'Anna Berg')?.actor.key ?? '';
    const detail = (await get(`/api/entities/${encodeURIComponent(anna)}`)) as { latestQuotes: unknown[]; more: { quotes: string; events: string; interactions: string } };
    expect(detail.latestQuotes).toHaveLength(ACTOR_LATEST);
    const all = await walk(detail.more.quotes);
    expect(all).toHaveLength(ARTICLES.length);
    expect(all.slice(0, ACTOR_LATEST)).toEqual(detail.latestQuotes);
    const { items: countries } = (await get('/api/entities?type=country')) as { items: Array<{ actor: { key: string; name: string } }> };
    const germany = countries.find((hit) => hit.actor.name === 'Germany')?.actor.key ?? '';
    const events = (await get(`/api/entities/${encodeURIComponent(germany)}`)) as { latestEvents: unknown[]; more: { events: string } };
    expect(events.latestEvents).toHaveLength(ACTOR_LATEST);
    expect(await walk(events.more.events)).toHaveLength(ARTICLES.length);
  });
});
