/** The store's filters of events with two sides and flags, on invented articles. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { articleKey, contentHash } from './identity.js';
import { DIALECTS } from './testing/dialects.js';
import type { EventFilter, Store } from './store.js';

const ARTICLES = [
  { id: 't1', date: '2011-01-05', text: 'Germany accused France of breaking the deal. France accused Germany of lying. Germany accused Italy of cheating.' },
  { id: 't2', date: '2011-02-05', text: 'Germany did not accuse France of anything. Germany may meet France next week. Germany urged France to meet Italy.' },
];

for (const dialect of DIALECTS) describe(`event filters (${dialect.name})`, () => {
  let store: Store;

  beforeAll(async () => {
    store = await dialect.open();
    await store.put(ARTICLES.map((input) => ({ key: articleKey(input), hash: contentHash(input), record: extract(input) })));
  });
  afterAll(() => store.close());

  async function found(filter: EventFilter): Promise<string[]> {
    return (await store.events({ ...filter, limit: 0 })).map(({ event }) => `${event.source.name} ${event.code} ${event.target.name}${event.negated ? ' (negated)' : ''} ${event.modality}`).sort();
  }

  describe('events between two sides', () => {
    it('finds the events between two actors in either direction, and no others', async () => {
      expect(await found({ between: ['Germany', 'country/FRA'], modality: ['asserted'], negated: false, from: '2011-01-01', to: '2011-01-31' })).toEqual([
        'France ACCUSE Germany asserted',
        'Germany ACCUSE France asserted',
      ]);
    });

    it('keeps source and target apart', async () => {
      expect(await found({ sourceActor: 'France', targetActor: 'Germany' })).toEqual(['France ACCUSE Germany asserted']);
      expect(await found({ sourceActor: 'Germany', targetActor: 'Italy' })).toEqual(['Germany ACCUSE Italy asserted']);
    });

    it('finds nothing when a side names no actor', async () => {
      expect(await found({ between: ['Germany', 'Atlantis'] })).toEqual([]);
      expect(await found({ targetActor: 'Atlantis' })).toEqual([]);
    });
  });

  describe('events by their flags', () => {
    it('keeps asserted acts apart from negated, possible and requested ones', async () => {
      const asserted = await found({ modality: ['asserted'], negated: false, from: '2011-02-01' });
      expect(asserted).toEqual(['Germany REQUEST France asserted']);
      expect(await found({ modality: ['possible', 'requested'], from: '2011-02-01' })).toEqual(['France CONSULT Italy requested', 'Germany CONSULT France possible']);
      expect(await found({ negated: true })).toEqual(['Germany ACCUSE France (negated) asserted']);
    });

    it('sums the network of asserted, not negated events apart from the rest', async () => {
      const pair = (edges: Awaited<ReturnType<Store['interactions']>>): number | undefined =>
        edges.find((edge) => edge.code === 'ACCUSE' && edge.source.name === 'Germany' && edge.target.name === 'France')?.events;
      expect(pair(await store.interactions({ actor: 'Germany', negated: false, modality: ['asserted'] }))).toBe(1);
      expect(pair(await store.interactions({ actor: 'Germany' }))).toBe(2);
      expect(pair(await store.interactions({ actor: 'Germany', negated: true }))).toBe(1);
    });
  });

  describe('the round-two fields of events', () => {
    it('keeps each actor’s kind and whether the event is political, and filters by it', async () => {
      const [hit] = await store.events({ sourceActor: 'France', targetActor: 'Germany' });
      expect([hit?.event.source.kind, hit?.event.target.kind, hit?.event.political]).toEqual(['state', 'state', true]);
      expect((await store.events({ political: true, limit: 0 })).length).toBe((await store.events({ limit: 0 })).length);
      expect(await store.events({ political: false })).toEqual([]);
    });
  });
});
