/** Record fields without a column of their own (gender, speaker basis, actor kind, political, rule, byline) come back from every dialect. */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/record.js';
import { articleKey, contentHash } from './identity.js';
import { DIALECTS } from './testing/dialects.js';

const text = '"We stay," Ada Korn said. Ada Korn met the Velan government.';
const at = (part: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, text: part };
};
const RECORD: ArticleRecord = {
  id: 'f1',
  date: '2024-06-01',
  text,
  byline: ['Reporter One'],
  entities: [
    { id: 'e1', name: 'Ada Korn', type: 'person', kbId: null, role: null, country: null, gender: 'female', mentions: [{ start: 11, end: 19, text: 'Ada Korn' }] },
    { id: 'e2', name: 'Velan government', type: 'organization', kbId: null, role: null, country: null, mentions: [at('Velan government')] },
  ],
  quotes: [{ id: 'q1', kind: 'direct', start: 0, end: 10, text: '"We stay,"', spans: [[0, 10]], cue: { start: 20, end: 24, text: 'said' }, speaker: { entityId: 'e1', name: 'Ada Korn', mention: { start: 11, end: 19, text: 'Ada Korn' }, basis: 'named' }, rule: 'quote-said-after' }],
  attributions: [],
  events: [
    {
      id: 'v1', code: 'CONSULT', mode: null, negated: false, modality: 'asserted', political: true, rule: 'meet',
      source: { entityId: 'e1', name: 'Ada Korn', country: null, type: 'person', kind: 'politician' },
      target: { entityId: 'e2', name: 'Velan government', country: null, type: 'organization', kind: 'government' },
      trigger: at('met'), sentence: { start: 26, end: text.length }, quoteId: null,
    },
  ],
  messages: [],
};

for (const dialect of DIALECTS) {
  describe(`round-two record fields (${dialect.name})`, () => {
    it('gives back gender, speaker basis, actor kinds, political, rules and byline as stored', async () => {
      const store = await dialect.open();
      const key = articleKey({ id: 'f1', text });
      await store.put([{ key, hash: contentHash({ id: 'f1', text }), record: RECORD }]);
      expect((await store.article(key))?.record).toEqual(RECORD);
      const all = [];
      for await (const record of store.records()) all.push(record);
      expect(all).toEqual([RECORD]);
      expect((await store.quotes())[0]?.quote).toEqual(RECORD.quotes[0]);
      expect((await store.events())[0]?.event).toEqual(RECORD.events[0]);
      await store.close();
    });
  });
}
