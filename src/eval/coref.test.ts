import { describe, expect, it } from 'vitest';
import { evaluateCoref, parseCorefLine, type CorefGoldDocument } from './coref.js';

const TEXT = 'Anna Berg met Hugh Hill. She said he was late, and his train was slow.';
const span = (word: string, from = 0): { start: number; end: number; kind: string; text: string } => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, kind: 'pronoun', text: word };
};
const LINE = JSON.stringify({
  id: 'c', text: TEXT, gum_split: 'train',
  chains: [
    { type: 'person', name: 'Anna Berg', link: 'Anna Berg (diplomat)', mentions: [{ start: 0, end: 9, kind: 'name' }, span('She')] },
    { type: 'person', name: 'Hugh Hill', link: null, mentions: [{ start: 14, end: 23, kind: 'name' }, span('he', 30), span('his')] },
    { type: 'person', name: null, link: null, mentions: [span('they')] },
  ],
});

describe('pronoun gold', () => {
  it('keeps third-person singular pronouns of chains with a name, with the Wikipedia title as a second name', () => {
    const doc = parseCorefLine(LINE);
    expect(doc.split).toBe('train');
    expect(doc.pronouns.map((p) => TEXT.slice(...p.span))).toEqual(['She', 'he', 'his']);
    expect(doc.pronouns[0]?.names).toEqual(['Anna Berg', 'Anna Berg']);
  });
});

describe('pronoun scoring', () => {
  it('counts a pronoun right only when resolved to the named person', () => {
    const doc: CorefGoldDocument = parseCorefLine(LINE);
    const key = (p: { span: readonly [number, number] }): string => `${p.span[0]}:${p.span[1]}`;
    const [she, he] = doc.pronouns;
    const report = evaluateCoref([doc], () => new Map([[key(she!), 'Berg'], [key(he!), 'Anna Berg']]));
    expect(report.accuracy).toEqual({ count: 1, of: 3, value: 1 / 3 });
    expect(report.precision).toEqual({ count: 1, of: 2, value: 0.5 });
  });
});
