/** Search over quotes, alike in every dialect: English stemming, accents ignored, stop words kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/record.js';
import { articleKey, contentHash } from './identity.js';
import { DIALECTS } from './testing/dialects.js';
import type { Store } from './store.js';

// Invented quotes, one article each.
const QUOTES = ['The tsunami warning stands for the whole coast', 'Two more warnings were issued at the café', 'Nobody is standing down yet'];

function record(text: string, n: number): ArticleRecord {
  return {
    id: `s${n}`,
    date: `2024-01-0${n + 1}`,
    text,
    entities: [],
    quotes: [{ id: 'q1', kind: 'indirect', start: 0, end: text.length, text, spans: [[0, text.length]], cue: null, speaker: null }],
    attributions: [],
    events: [],
    messages: [],
  };
}

for (const dialect of DIALECTS) {
  describe(`Quote search (${dialect.name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await dialect.open();
      await store.put(QUOTES.map((text, n) => ({ key: articleKey({ id: `s${n}`, text }), hash: contentHash({ id: `s${n}`, text }), record: record(text, n) })));
    });
    afterAll(() => store.close());
    const found = async (search: string): Promise<string[]> => (await store.quotes({ search })).map((hit) => hit.article.id);

    it('finds a word by another form of it: "tsunamis" finds "tsunami", "warning" finds "warnings"', async () => {
      expect(await found('tsunamis')).toEqual(['s0']);
      expect(await found('warning')).toEqual(['s1', 's0']);
      expect(await found('stand')).toEqual(['s2', 's0']);
    });

    it('ignores accents, keeps stop words and phrases, and reads prefixes', async () => {
      expect(await found('cafe')).toEqual(['s1']);
      expect(await found('the')).toEqual(['s1', 's0']);
      expect(await found('"whole coast"')).toEqual(['s0']);
      expect(await found('"coast whole"')).toEqual([]);
      expect(await found('tsu*')).toEqual(['s0']);
      expect(await found('warning coast')).toEqual(['s0']);
    });
  });
}
