import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<[string | undefined, string | undefined]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.basis]);
}

// Our own sentences: each names a person again by an epithet, as news does after naming them.
describe('epithets: a person named again by a trade, a feat, a post or a nationality', () => {
  it('a feat: "The double Olympic champion said" is the athlete just named', () => {
    const text = 'Kelda Hume has pulled out of the indoor championships after a hamstring injury. The double Olympic champion said: "I am gutted to miss it."';
    expect(speakers(text)).toEqual([['Kelda Hume', 'nominal']]);
  });

  it('a nationality after the quotation: "said the American" is the subject of the sentence before, not the one beaten', () => {
    const text = 'Andrew Tassi beat Jurgen Malzer in four sets on Tuesday. "A lot more guys are capable of it now," said the American.';
    expect(speakers(text)).toEqual([['Andrew Tassi', 'nominal']]);
  });

  it('a nationality the article gives one of two people: "the Argentine" is the one from Argentina', () => {
    const text = 'Lindsay Pell beat Argentina\'s Pablo Moreno in the final. "It was hard," said the Argentine.';
    expect(speakers(text)).toEqual([['Pablo Moreno', 'nominal']]);
    const before = 'Lindsay Pell beat Argentine Pablo Moreno in the final. "It was hard," said the American.';
    expect(speakers(before)).toEqual([['Lindsay Pell', 'nominal']]);
  });

  it('names count, not the pronouns of another ("against Balco boss Victor Dunst over his claim that he gave her drugs")', () => {
    const text = 'Marion Kell has filed a lawsuit against coaching boss Victor Dunst over his claim that he gave her drugs. The Sydney gold medallist says Dunst damaged her reputation.';
    expect(speakers(text).at(-1)).toEqual(['Marion Kell', 'nominal']);
  });

  it('a player is not the one who runs the team: "the defender" is not "City boss Kevin Kellan"', () => {
    const text = 'Richard Dunn is ready to commit his future to Manchester City. He was once dropped by City boss Kevin Kellan but has since played well. Early talks have taken place and the defender said: "I want to stay."';
    expect(speakers(text)).toEqual([['Richard Dunn', 'nominal']]);
  });

  it('an epithet with no one it may describe stays unresolved ("the actress" after a man alone)', () => {
    const text = 'Mr Tom Gale left the studio on Monday. "It was a long day," said the actress.';
    expect(speakers(text)).toEqual([['the actress', 'unresolved']]);
  });
});
