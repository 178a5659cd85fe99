import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: whose act an event noun names, and whom it links to (noun-act.ts), and a list
// that is the object of a preposition (04-stage.ts).
function events(text: string): string[] {
  return extract({ id: 'noun-act', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);
}

describe('whose act an event noun names', () => {
  it.each([
    ['the owner of another noun before the act', "Senator Anna Dam discussed Velcor Holdings's plans during a trip to Germany last year."],
    ['a country modifying another noun before the act', 'Velcor Holdings has asked the US court to send its tax dispute with the German government to an arbitrator.'],
    ['a pronoun owning another noun', 'Governor Anna Dam spoke on Monday. Her remarks follow criticism from the Velan Council, which said rates were too high.'],
    ['what the act is called', 'Senator Karl Kerr said the main issue was what he referred to as the war on Germany.'],
    ['an actor after the noun without a preposition', "Chancellor Karl Kerr told his party's spring conference the Velan Party must not be allowed to win."],
    ['a list that is the object of a preposition', 'Disagreements over how to deal with France, Germany and Spain are set to dominate discussions.'],
    ['the owner of a topic before "to"', 'The Australian government is in talks about whether to allow Velcor Airlines to fly to Germany.'],
  ])('%s', (_name, text) => {
    expect(events(text).filter((e) => !e.startsWith('REQUEST'))).toEqual([]);
  });

  it('the parties a noun names after "between", not the subject who was there', () => {
    const found = events('Chancellor Gordon Lee said that as Senator Karl Kerr was never present at meetings between himself and Prime Minister Anna Dam, he was not in a position to judge.');
    expect(found.filter((e) => e.includes('Karl Kerr'))).toEqual([]);
  });

  it.each([
    ["the owner's act right after it", "Chancellor Karl Kerr's first official visit to France was a success.", 'CONSULT Karl Kerr -> France'],
    ['the object of the actor’s verb', 'Chancellor Karl Kerr made a state visit to France.', 'CONSULT Karl Kerr -> France'],
    ['a trigger that ends in its preposition', 'Chancellor Karl Kerr is due to take part in talks with the French government on Friday.', 'CONSULT Karl Kerr -> Government of France'],
    ['a list that is the subject', 'France, Germany and Spain held talks on Monday.', 'CONSULT Germany -> Spain'],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toContain(expected);
  });
});

describe('a list that is the object of a verb', () => {
  it('does not act with itself: those met talk with the one who met them, not with each other', () => {
    const found = events('Karl Kerr met Italian Prime Minister Anna Berg and Chancellor Mira Lund to talk about Tarn.');
    expect(found).toContain('CONSULT Karl Kerr -> Anna Berg');
    expect(found).not.toContain('CONSULT Anna Berg -> Mira Lund');
  });

  it('after a verb of saying it is the subject of what is said', () => {
    expect(events('A spokeswoman said Senator Anna Berg and Chancellor Mira Lund agreed to cut tariffs.')).toContain('AGREE Anna Berg -> Mira Lund');
  });
});
