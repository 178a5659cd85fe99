/**
 * Actors counted within days or a source are paged after a row, on every dialect: a walk by `after`
 * sees each actor once, in the order of the whole list, and articles stored between two pages do not
 * bring back an actor already seen (by offset, an actor that rose above the page repeated it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { articleKey, contentHash } from './identity.js';
import { positionOf, type EntityFilter, type PagePosition, type Store } from './store.js';
import { DIALECTS } from './testing/dialects.js';

// Invented articles: people quoted by two outlets on several days.
const said = (id: string, source: string, date: string, name: string, words: string): { id: string; source: string; date: string; text: string } => ({ id, source, date, text: `"${words}," ${name} said on ${date}.` });
const ARTICLES = [
  said('s-1', 'Northgate Gazette', '2014-02-03', 'Anna Berg', 'The bridge opens in May'),
  said('s-2', 'Northgate Gazette', '2014-02-04', 'Anna Berg', 'The ferry waits'),
  said('s-3', 'Northgate Gazette', '2014-02-05', 'Tomas Lind', 'We build the pier'),
  said('s-4', 'Kelmouth Herald', '2014-02-05', 'Tomas Lind', 'The harbour stays shut'),
  said('s-5', 'Northgate Gazette', '2014-02-06', 'Ola Brun', 'Buses run late'),
  said('s-6', 'Kelmouth Herald', '2014-03-01', 'Eva Holm', 'Trains run on time'),
];
const stored = (input: { id: string; source: string; date: string; text: string }): Parameters<Store['put']>[0][number] => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) });

const SCOPES: EntityFilter[] = [{ from: '2014-02-01', to: '2014-02-28' }, { source: 'northgate gazette' }, { source: 'Northgate Gazette', from: '2014-02-04' }];

for (const dialect of DIALECTS) {
  describe(`actors within days or a source, paged after a row (${dialect.name})`, () => {
    let store: Store | undefined;
    afterEach(async () => store?.close());

    it('walks each scoped list by `after` in the order of the whole list, each actor once', async () => {
      store = await dialect.open();
      await store.put(ARTICLES.map(stored));
      for (const scope of SCOPES) {
        const whole = (await store.entities({ ...scope, limit: 0 })).map((hit) => hit.actor.key);
        expect(whole.length).toBeGreaterThan(1);
        const walked: string[] = [];
        for (let after: PagePosition | undefined, pages = 0; pages < 20; pages++) {
          const page = await store.entities({ ...scope, limit: 1, ...(after !== undefined && { after }) });
          const last = page.at(-1);
          if (last === undefined) break;
          walked.push(...page.map((hit) => hit.actor.key));
          after = positionOf(last);
        }
        expect([scope, walked]).toEqual([scope, whole]);
      }
    });

    it('gives no actor twice when one rises above the page between two pages', async () => {
      store = await dialect.open();
      await store.put(ARTICLES.map(stored));
      for (const [i, scope] of SCOPES.entries()) {
        const [first, second] = await store.entities({ ...scope, limit: 2 });
        if (first === undefined || second === undefined) throw new Error('fixture: two actors in each scope');
        // A new person named in more articles of the scope than any before now comes first.
        const days = Array.from({ length: 3 * (i + 1) }, (_, n) => n + 10);
        await store.put(days.map((day) => stored(said(`r-${i}-${day}`, 'Northgate Gazette', `2014-02-${day}`, ['Ida Roth', 'Per Vik', 'Lise Dahl'][i] ?? '', `We ask again ${day}`))));
        const next = await store.entities({ ...scope, limit: 1, offset: 1, after: positionOf(first) });
        expect([scope, next.map((hit) => hit.actor.key)]).toEqual([scope, [second.actor.key]]);
      }
    });
  });
}
