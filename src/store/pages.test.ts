/**
 * Pages of the store's lists, written against the Store interface and run for every dialect
 * (testing/dialects.ts): any page, however deep, is that slice of the whole list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord, EventRecord, QuoteRecord } from '../doc/record.js';
import { articleKey, contentHash } from './identity.js';
import { DIALECTS } from './testing/dialects.js';
import { positionOf, type ActorHit, type ArticleHit, type CommonFilter, type EventHit, type QuoteHit, type Store, type StoredArticle } from './store.js';

const DAYS = ['2024-02-10', '2024-01-05', '2024-02-10', undefined, '2023-12-31', '2024-02-10', '2024-01-05'];
const SOURCES = ['Kelmouth Herald', 'Northgate Gazette', 'kelmouth herald'];

// Invented article i: Anna Berg meets Jan Vos, then i % 5 quotes, alternately hers and his; every
// third article has two events at one trigger ("met") and a third at a later one.
function article(i: number): ArticleRecord {
  let text = `Anna Berg met Jan Vos and Board ${i} in Kelmouth.`;
  const pieces: Array<[string, string]> = [];
  for (let k = 0; k < i % 5; k += 1) {
    const piece = k % 2 === 0 ? `"Harbour fees rise ${i}x${k},"` : `"Harbour fares hold ${i}x${k},"`;
    pieces.push([piece, k % 2 === 0 ? 'e1' : 'e2']);
    text += ` ${piece} ${k % 2 === 0 ? 'Anna Berg' : 'Jan Vos'} said.`;
  }
  if (i % 3 === 0) text += ' Later Anna Berg visited Jan Vos.';
  const at = (part: string, from = 0): { start: number; end: number; text: string } => {
    const start = text.indexOf(part, from);
    return { start, end: start + part.length, text: part };
  };
  const entities: EntityRecord[] = [
    { id: 'e1', name: 'Anna Berg', type: 'person', kbId: null, role: null, country: null, mentions: [at('Anna Berg')] },
    { id: 'e2', name: 'Jan Vos', type: 'person', kbId: 'Q100', role: null, country: null, mentions: [at('Jan Vos')] },
    { id: 'e3', name: `Board ${i}`, type: 'organization', kbId: null, role: null, country: null, mentions: [at(`Board ${i}`)] },
  ];
  const quotes: QuoteRecord[] = pieces.map(([piece, speaker], k) => {
    const span = at(piece);
    const entity = entities.find((e) => e.id === speaker);
    return {
      id: `q${k + 1}`,
      kind: k % 3 === 0 ? 'direct' : 'indirect',
      start: span.start,
      end: span.end,
      text: piece,
      spans: [[span.start, span.end]],
      cue: at('said', span.end),
      speaker: { entityId: speaker, name: entity?.name ?? '', mention: entity?.mentions[0] ?? null },
    };
  });
  const event = (id: string, code: string, trigger: { start: number; end: number; text: string }): EventRecord => ({
    id,
    code,
    mode: null,
    source: { entityId: 'e1', name: 'Anna Berg', country: null, type: 'person' },
    target: { entityId: 'e2', name: 'Jan Vos', country: null, type: 'person' },
    negated: false,
    modality: 'asserted',
    trigger,
    sentence: { start: 0, end: text.length },
    quoteId: null,
  });
  const events = i % 3 === 0 ? [event('v1', 'CONSULT', at('met')), event('v2', 'CONSULT', at('met')), event('v3', 'CONSULT', at('visited'))] : [event('v1', i % 2 === 0 ? 'ACCUSE' : 'CONSULT', at('met'))];
  const date = DAYS[i % DAYS.length];
  return { id: `p${i}`, title: `Page test ${i}`, url: `https://pages.example/${i}`, ...(date !== undefined && { date }), source: SOURCES[i % SOURCES.length] ?? '', text, entities, quotes, attributions: [], events, messages: [] };
}

function stored(record: ArticleRecord): StoredArticle {
  const input = { id: record.id, text: record.text, url: record.url ?? '', ...(record.date !== undefined && { date: record.date }), ...(record.source !== undefined && { source: record.source }) };
  return { key: articleKey(input), hash: contentHash(input), record };
}

const RECORDS = Array.from({ length: 16 }, (_, i) => article(i));

function describePages(dialect: string, open: () => Promise<Store>): void {
  describe(`Store pages (${dialect})`, () => {
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('gives any page of a list, however deep, as that slice of the whole list', async () => {
      const s = (store = await open());
      await s.put(RECORDS.map(stored));
      const lists: Array<[string, (page: CommonFilter) => Promise<unknown[]>]> = [
        ['articles', (page) => s.articles(page)],
        ['articles in days', (page) => s.articles({ ...page, from: '2024-01-01', to: '2024-02-10' })],
        ['articles of a source', (page) => s.articles({ ...page, source: 'KELMOUTH HERALD' })],
        ['quotes', (page) => s.quotes(page)],
        ['quotes of a kind in days', (page) => s.quotes({ ...page, kind: 'indirect', from: '2024-01-05' })],
        ['quotes of a source', (page) => s.quotes({ ...page, source: 'Kelmouth Herald' })],
        ['quotes found', (page) => s.quotes({ ...page, search: 'harbour' })],
        ['quotes found in days', (page) => s.quotes({ ...page, search: 'fees', to: '2024-02-01' })],
        ['quotes of a speaker', (page) => s.quotes({ ...page, speaker: 'Q100' })],
        ['quotes of a speaker, found', (page) => s.quotes({ ...page, speaker: 'Berg', search: 'rise' })],
        ['events', (page) => s.events(page)],
        ['events by code', (page) => s.events({ ...page, code: 'consult' })],
        ['events of an actor', (page) => s.events({ ...page, actor: 'Anna Berg' })],
        ['events of a source', (page) => s.events({ ...page, source: 'KELMOUTH herald' })],
        ['actors', (page) => s.entities(page)],
        ['organisations', (page) => s.entities({ ...page, type: 'organization' })],
        ['actors in days', (page) => s.entities({ ...page, from: '2024-01-01' })],
      ];
      for (const [name, list] of lists) {
        const all = await list({ limit: 0 });
        // Long enough that pages cut through days, articles and events at one trigger.
        expect([name, all.length >= 6]).toEqual([name, true]);
        for (const size of [1, 2, 5]) {
          for (let offset = 0; offset <= all.length; offset += 1) {
            expect([name, size, offset, await list({ limit: size, offset })]).toEqual([name, size, offset, all.slice(offset, offset + size)]);
          }
        }
      }
    });

    it('gives the page after any row of a list (keyset, named by the row\'s article key and id) as the slice after it', async () => {
      const s = (store = await open());
      await s.put(RECORDS.map(stored));
      type Hit = QuoteHit | EventHit | ArticleHit | ActorHit;
      const lists: Array<[string, (page: CommonFilter) => Promise<Hit[]>]> = [
        ['articles', (page) => s.articles(page)],
        ['articles in days', (page) => s.articles({ ...page, from: '2024-01-01', to: '2024-02-10' })],
        ['articles of a source', (page) => s.articles({ ...page, source: 'KELMOUTH HERALD' })],
        ['quotes', (page) => s.quotes(page)],
        ['quotes of a kind in days', (page) => s.quotes({ ...page, kind: 'indirect', from: '2024-01-05' })],
        ['quotes of a source', (page) => s.quotes({ ...page, source: 'Kelmouth Herald' })],
        ['quotes found', (page) => s.quotes({ ...page, search: 'harbour' })],
        ['quotes found in days', (page) => s.quotes({ ...page, search: 'fees', to: '2024-02-01' })],
        ['quotes of a speaker', (page) => s.quotes({ ...page, speaker: 'Q100' })],
        ['quotes of a speaker, found', (page) => s.quotes({ ...page, speaker: 'Berg', search: 'rise' })],
        ['events', (page) => s.events(page)],
        ['events by code', (page) => s.events({ ...page, code: 'consult' })],
        ['events of an actor', (page) => s.events({ ...page, actor: 'Anna Berg' })],
        ['events of a source', (page) => s.events({ ...page, source: 'KELMOUTH herald' })],
        ['actors', (page) => s.entities(page)],
        ['organisations', (page) => s.entities({ ...page, type: 'organization' })],
      ];
      for (const [name, list] of lists) {
        const all = await list({ limit: 0 });
        // Undated articles (last in every list) and events at one trigger are among the rows paged after.
        expect([name, all.length >= 6]).toEqual([name, true]);
        for (const size of [1, 5]) {
          for (const [i, hit] of all.entries()) {
            // An offset given beside `after` is not used while the row is stored.
            expect([name, size, i, await list({ limit: size, after: positionOf(hit), offset: 3 })]).toEqual([name, size, i, all.slice(i + 1, i + 1 + size)]);
          }
        }
        expect([name, await list({ limit: 0, after: positionOf(all[1] as Hit) })]).toEqual([name, all.slice(2)]);
      }
    });

    it('places a page by its offset when the row it was to follow is no longer stored', async () => {
      const s = (store = await open());
      await s.put(RECORDS.map(stored));
      const gone = (await s.quotes({ limit: 0 })).find((hit) => hit.article.id === 'p4');
      expect(gone).toBeDefined();
      await s.remove(stored(RECORDS[4] as ArticleRecord).key);
      const all = await s.quotes({ limit: 0 });
      expect(await s.quotes({ limit: 2, offset: 3, after: positionOf(gone as QuoteHit) })).toEqual(all.slice(3, 5));
      expect(await s.events({ limit: 2, offset: 1, after: { article: 'no such key', id: 'v1' } })).toEqual((await s.events({ limit: 0 })).slice(1, 3));
    });

    it('lists events at one trigger in the order of their record, whatever the filter', async () => {
      const s = (store = await open());
      await s.put(RECORDS.map(stored));
      const order = (hits: Array<{ article: { id: string }; event: { id: string } }>): string[] => hits.filter((h) => h.article.id === 'p3').map((h) => h.event.id);
      expect(order(await s.events({ limit: 0 }))).toEqual(['v1', 'v2', 'v3']);
      expect(order(await s.events({ code: 'CONSULT', limit: 0 }))).toEqual(['v1', 'v2', 'v3']);
      expect(order(await s.events({ actor: 'Q100', limit: 0 }))).toEqual(['v1', 'v2', 'v3']);
      expect(order(await s.events({ source: 'Kelmouth Herald', limit: 0 }))).toEqual(['v1', 'v2', 'v3']);
    });

    it('lists articles with their counts of quotes and events, and keeps them through a replacement', async () => {
      const s = (store = await open());
      await s.put(RECORDS.map(stored));
      const counts = async (): Promise<Map<string, [number, number]>> => new Map((await s.articles({ limit: 0 })).map((h) => [h.article.id, [h.quotes, h.events]]));
      expect(await counts()).toEqual(new Map(RECORDS.map((r) => [r.id, [r.quotes.length, r.events.length]])));
      // A new date is a new input: the article is replaced by one without quotes or events.
      const fewer = { ...article(4), date: '2024-03-01', quotes: [], events: [] };
      expect(await s.put([stored(fewer)])).toEqual(['replaced']);
      expect((await counts()).get('p4')).toEqual([0, 0]);
    });
  });
}

for (const dialect of DIALECTS) describePages(dialect.name, dialect.open);
