/**
 * A page of quotes or events reads each of its articles once, however many of its rows the page holds,
 * and an actor's own quotes read no actor's row: the actor is known. Each row joined to its article
 * had the driver hand over the article's six columns again (a speaker's 20 latest quotes come from
 * about 9 articles on the bench store).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { articleKey, contentHash } from '../identity.js';
import { openSqliteStore } from './store.js';

// Invented articles: one person quoted twice in one article and once in another, and two acts in one article.
const ARTICLES = [
  { id: 'h-1', source: 'Northgate Gazette', date: '2013-05-01', text: '"The bridge opens in May," Anna Berg said. "The ferry stops in June," Anna Berg said. Germany accused France of breaking the deal. Germany urged Italy to act.' },
  { id: 'h-2', source: 'Northgate Gazette', date: '2013-05-02', text: '"We asked everyone," Anna Berg said.' },
];

async function storeOf(): Promise<ReturnType<typeof openSqliteStore>> {
  const store = openSqliteStore(':memory:');
  await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  return store;
}

describe('the rows of a page', () => {
  it('read each article of a page of quotes once: its quotes there share one article', async () => {
    const store = await storeOf();
    const hits = await store.quotes({ speaker: 'Anna Berg' });
    expect(hits.map((hit) => hit.article.id)).toEqual(['h-2', 'h-1', 'h-1']);
    expect(hits[1]?.article).toBe(hits[2]?.article);
    expect(hits[1]?.article).toEqual({ key: articleKey(ARTICLES[0] ?? { text: '' }), id: 'h-1', title: null, date: '2013-05-01', source: 'Northgate Gazette', url: null });
    await store.close();
  });

  it('read each article of a page of events once', async () => {
    const store = await storeOf();
    const hits = await store.events({ actor: 'kb:country/DEU' });
    expect(hits).toHaveLength(2);
    expect(hits[0]?.article).toBe(hits[1]?.article);
    expect(hits.map((hit) => hit.targetActor?.name).sort()).toEqual(['France', 'Italy']);
    await store.close();
  });

  it("give an actor's page its own quotes with the actor it was read as, reading no actor's row again", async () => {
    const store = await storeOf();
    const [anna] = await store.entities({ actor: 'Anna Berg' });
    const page = await store.actorPage(anna?.actor.key ?? '', { quotes: { limit: 20 }, events: { limit: 20 }, interactions: { limit: 20 } });
    expect(page?.quotes).toHaveLength(3);
    for (const hit of page?.quotes ?? []) expect(hit.actor).toBe(page?.detail.actor);
    // The same answers as the list read by itself, which reads each quote's actor.
    expect(page?.quotes).toEqual(await store.quotes({ speaker: anna?.actor.key ?? '' }));
    await store.close();
  });
});
