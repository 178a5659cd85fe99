/**
 * Interactions are paged after a row on every dialect, over all days (the sums kept) and within days:
 * a walk by `after` sees each edge once, in the order of the whole list, and an edge that rises above
 * the page between two pages does not bring back one already seen (by offset, it repeated it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { articleKey, contentHash } from './identity.js';
import { positionOf, type InteractionFilter, type PagePosition, type Store } from './store.js';
import { DIALECTS } from './testing/dialects.js';

// Invented articles: acts between countries on several days.
const act = (id: string, date: string, text: string): { id: string; source: string; date: string; text: string } => ({ id, source: 'Northgate Gazette', date, text });
const ARTICLES = [
  act('i-1', '2015-06-01', 'Germany accused France of breaking the deal.'),
  act('i-2', '2015-06-02', 'France urged Germany to meet Italy.'),
  act('i-3', '2015-06-03', 'Spain accused Portugal of lying about the fish.'),
  act('i-4', '2015-06-04', 'Germany accused France of breaking the deal again.'),
  act('i-5', '2015-06-05', 'Italy praised Spain for its help.'),
];
const stored = (input: { id: string; source: string; date: string; text: string }): Parameters<Store['put']>[0][number] => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) });
const name = (edge: { source: { key: string }; target: { key: string }; code: string }): string => `${edge.source.key} ${edge.code} ${edge.target.key}`;
const SCOPES: InteractionFilter[] = [{}, { from: '2015-06-01', to: '2015-06-30' }];

for (const dialect of DIALECTS) {
  describe(`interactions paged after a row (${dialect.name})`, () => {
    let store: Store | undefined;
    afterEach(async () => store?.close());

    it('walks the network by `after` in the order of the whole list, each edge once', async () => {
      store = await dialect.open();
      await store.put(ARTICLES.map(stored));
      for (const scope of SCOPES) {
        const whole = (await store.interactions({ ...scope, limit: 0 })).map(name);
        expect(whole.length).toBeGreaterThan(2);
        const walked: string[] = [];
        for (let after: PagePosition | undefined, pages = 0; pages < 20; pages++) {
          const page = await store.interactions({ ...scope, limit: 1, ...(after !== undefined && { after }) });
          const last = page.at(-1);
          if (last === undefined) break;
          walked.push(...page.map(name));
          after = positionOf(last);
        }
        expect([scope, walked]).toEqual([scope, whole]);
      }
    });

    it('gives no edge twice when one rises above the page between two pages', async () => {
      store = await dialect.open();
      await store.put(ARTICLES.map(stored));
      for (const [i, scope] of SCOPES.entries()) {
        const [first, second] = await store.interactions({ ...scope, limit: 2 });
        if (first === undefined || second === undefined) throw new Error('fixture: two edges');
        // Acts between two other countries, more often than any before, now come first.
        const days = Array.from({ length: 3 * (i + 2) }, (_, n) => n + 10);
        await store.put(days.map((day) => stored(act(`j-${i}-${day}`, `2015-06-${day}`, `${['Norway', 'Poland'][i] ?? ''} accused Austria of breaking the deal.`))));
        const next = await store.interactions({ ...scope, limit: 1, offset: 1, after: positionOf(first) });
        expect([scope, next.map(name)]).toEqual([scope, [name(second)]]);
      }
    });
  });
}
