import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { parseArticleEventGold, scoreArticleEvents, type GoldSentence } from './article-events.js';

// Our own article: one sentence with an accusation, one with a planned meeting, one with none.
const TEXT = 'Senator Anna Berg accused Karl Kerr of lying. Berg will meet Lee Vik in May. Vik stayed home.';
const at = (words: string, from = 0): [number, number] => {
  const start = TEXT.indexOf(words, from);
  return [start, start + words.length];
};

describe('event check on articles', () => {
  const record = extract({ id: 'a1', text: TEXT });
  const records = new Map([['a1', record]]);

  it('matches by category under the conventions and by the actors’ mentions', () => {
    const gold: GoldSentence[] = [
      { id: 'a1', start: 0, end: 45, events: [{ code: 'ACCUSE', source: at('Anna Berg'), target: at('Karl Kerr'), negated: false, modality: 'asserted' }] },
      // "will meet" is CONSULT, planned: AGREE under the conventions, as the found event is.
      { id: 'a1', start: 46, end: 76, events: [{ code: 'CONSULT', source: at('Berg', 46), target: at('Lee Vik'), negated: false, modality: 'planned' }] },
      { id: 'a1', start: 77, end: 93, events: [] },
    ];
    const scores = scoreArticleEvents(gold, records);
    expect(scores).toMatchObject({ gold: 2, found: 2, matched: 2, precision: 1, recall: 1, sameFlags: 2 });
  });

  it('counts a wrong direction as a miss and an extra event', () => {
    const gold: GoldSentence[] = [{ id: 'a1', start: 0, end: 45, events: [{ code: 'ACCUSE', source: at('Karl Kerr'), target: at('Anna Berg'), negated: false, modality: 'asserted' }] }];
    const scores = scoreArticleEvents(gold, records);
    expect(scores).toMatchObject({ matched: 0, precision: 0, recall: 0 });
    expect(scores.spurious).toHaveLength(1);
  });

  it('says what is wrong with a bad gold file', () => {
    expect(() => parseArticleEventGold('{"sentences": [{"id": "a", "start": 0, "end": 3, "events": [{"code": "HUG"}]}]}')).toThrow('unknown code "HUG"');
    expect(() => parseArticleEventGold('[]')).toThrow('expected {"sentences"');
  });
});
