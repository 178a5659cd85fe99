/**
 * The dashboard's counts (Store.stats) on every dialect: the same answers from each, kept right by the
 * writer as articles are stored, replaced and removed (the counts by speaker gender are summed, not
 * recounted, so a replacement that forgot the old article's share would show here).
 */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord, Gender } from '../doc/record.js';
import { articleKey, contentHash } from './identity.js';
import { DIALECTS } from './testing/dialects.js';
import type { StoredArticle } from './store.js';

interface Speaker {
  name: string;
  gender?: Gender | null;
  type?: EntityRecord['type'];
}

// An invented article: each speaker says one quotation ("Q1" …) in turn; a speaker of null is nobody's.
function article(id: string, meta: Partial<ArticleRecord>, speakers: Array<Speaker | null>, events: string[] = []): StoredArticle {
  const parts = speakers.map((speaker, i) => `"Q${i + 1}," ${speaker?.name ?? 'someone'} said.`);
  const text = [...parts, ...events.map(() => 'Ada Korn met Bo Lind.')].join(' ');
  const entities: EntityRecord[] = [];
  const quotes: ArticleRecord['quotes'] = speakers.map((speaker, i) => {
    const quoteText = `"Q${i + 1},"`;
    const start = text.indexOf(quoteText);
    const cue = text.indexOf('said', start);
    let entityId: string | null = null;
    if (speaker !== null) {
      const nameAt = text.indexOf(speaker.name, start);
      entityId = `e${entities.length + 1}`;
      entities.push({ id: entityId, name: speaker.name, type: speaker.type ?? 'person', kbId: null, role: null, country: null, ...(speaker.gender !== undefined && { gender: speaker.gender }), mentions: [{ start: nameAt, end: nameAt + speaker.name.length, text: speaker.name }] });
    }
    return { id: `q${i + 1}`, kind: 'direct', start, end: start + quoteText.length, text: quoteText, spans: [[start, start + quoteText.length]], cue: { start: cue, end: cue + 4, text: 'said' }, speaker: { entityId, name: speaker?.name ?? 'someone', mention: null } };
  });
  const eventRecords: ArticleRecord['events'] = events.map((code, i) => {
    const at = text.indexOf('met', text.indexOf('Ada Korn met') + i);
    return {
      id: `v${i + 1}`, code, mode: null, negated: false, modality: 'asserted',
      source: { entityId: null, name: 'Ada Korn', country: null, type: 'person' }, target: { entityId: null, name: 'Bo Lind', country: null, type: 'person' },
      trigger: { start: at, end: at + 3, text: 'met' }, sentence: { start: 0, end: text.length }, quoteId: null,
    };
  });
  const record: ArticleRecord = { id, ...meta, text, entities, quotes, attributions: [], events: eventRecords, messages: [] };
  const input = { id, text, ...(meta.source !== undefined && { source: meta.source }) };
  return { key: articleKey(input), hash: contentHash({ ...input, date: meta.date ?? '' }), record };
}

const ADA: Speaker = { name: 'Ada Korn', gender: 'female' };
const BO: Speaker = { name: 'Bo Lind', gender: 'male' };
const CY: Speaker = { name: 'Cy Moor', gender: null };
const ORG: Speaker = { name: 'Velan Council', type: 'organization' };

const FIRST = article('s1', { date: '2024-03-02', source: 'Northgate Gazette' }, [ADA, ADA, BO, null], ['CONSULT']);
const SECOND = article('s2', { date: '2024-04-10', source: 'northgate gazette' }, [BO, CY, ORG], ['CONSULT', 'ACCUSE']);
const THIRD = article('s3', { date: '2024-04-20', source: 'Kelmouth Herald' }, [ADA]);
// SECOND again, under its key, with other speakers: its old share must leave the counts.
const SECOND_CHANGED = article('s2', { date: '2024-04-10', source: 'northgate gazette' }, [ADA, null]);

for (const dialect of DIALECTS) {
  describe(`dashboard counts (${dialect.name})`, () => {
    it('counts quotes by speaker gender, type, source and month, the people quoted most and events by month', async () => {
      const store = await dialect.open();
      await store.put([FIRST, SECOND, THIRD]);
      const stats = await store.stats?.();
      expect(stats?.quotesByGender).toEqual([
        { label: 'female', count: 3 },
        { label: 'unknown', count: 3 },
        { label: 'male', count: 2 },
      ]);
      expect(stats?.quotesByType).toEqual([
        { label: 'person', count: 6 },
        { label: 'organization', count: 1 },
        { label: 'unknown', count: 1 },
      ]);
      // One source whatever its case, named as the first of its spellings in byte order.
      expect(stats?.quotesBySource).toEqual([
        { label: 'Northgate Gazette', count: 7 },
        { label: 'Kelmouth Herald', count: 1 },
      ]);
      expect(stats?.quotesByMonth).toEqual([
        { label: '2024-03', count: 4 },
        { label: '2024-04', count: 4 },
      ]);
      // An unknown Ada Korn of another source is another actor (actors.ts): Kelmouth's is quoted once.
      expect(stats?.mostQuoted.map((row) => [row.label, row.count])).toEqual([['Ada Korn', 2], ['Bo Lind', 2], ['Cy Moor', 1], ['Ada Korn', 1]]);
      expect(stats?.eventsByMonth).toEqual([
        { month: '2024-03', code: 'CONSULT', count: 1 },
        { month: '2024-04', code: 'ACCUSE', count: 1 },
        { month: '2024-04', code: 'CONSULT', count: 1 },
      ]);
      await store.close();
    });

    it('takes a replaced or removed article out of the counts by gender, kind of speaker, month, source and events per month', async () => {
      const store = await dialect.open();
      await store.put([FIRST, SECOND, THIRD]);
      expect(await store.put([SECOND_CHANGED])).toEqual(['replaced']);
      expect((await store.stats?.())?.quotesByGender).toEqual([
        { label: 'female', count: 4 },
        { label: 'unknown', count: 2 },
        { label: 'male', count: 1 },
      ]);
      expect((await store.stats?.())?.quotesByMonth).toEqual([
        { label: '2024-03', count: 4 },
        { label: '2024-04', count: 3 },
      ]);
      expect((await store.stats?.())?.quotesBySource).toEqual([
        { label: 'Northgate Gazette', count: 6 },
        { label: 'Kelmouth Herald', count: 1 },
      ]);
      expect((await store.stats?.())?.eventsByMonth).toEqual([{ month: '2024-03', code: 'CONSULT', count: 1 }]);
      expect((await store.stats?.())?.quotesByType).toEqual([
        { label: 'person', count: 5 },
        { label: 'unknown', count: 2 },
      ]);
      expect(await store.remove(FIRST.key)).toBe(true);
      expect(await store.remove(THIRD.key)).toBe(true);
      expect((await store.stats?.())?.quotesByGender).toEqual([
        { label: 'female', count: 1 },
        { label: 'unknown', count: 1 },
      ]);
      expect((await store.stats?.())?.quotesByMonth).toEqual([{ label: '2024-04', count: 2 }]);
      // The source's first spelling left is its label; the replaced article's events are gone.
      expect((await store.stats?.())?.quotesBySource).toEqual([{ label: 'northgate gazette', count: 2 }]);
      expect((await store.stats?.())?.eventsByMonth).toEqual([]);
      expect((await store.stats?.())?.quotesByType).toEqual([
        { label: 'person', count: 1 },
        { label: 'unknown', count: 1 },
      ]);
      await store.remove(SECOND_CHANGED.key);
      expect((await store.stats?.())?.quotesByType).toEqual([]);
      expect((await store.stats?.())?.quotesByGender).toEqual([]);
      expect((await store.stats?.())?.quotesByMonth).toEqual([]);
      await store.close();
    });
  });
}
