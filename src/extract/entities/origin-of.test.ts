import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function names(text: string): string[] {
  return extract({ id: 't', text }).entities.map((e) => e.name);
}

// Our own sentences: "of" after a person's full name, or after a name that is no English word before a
// place's, tells where its bearer is from; it does not join one name.
describe('"of" that tells where a name\'s bearer is from', () => {
  it.each([
    ['a player of a country', 'Mikael Lund of Sweden beat the top seed.', ['Mikael Lund', 'Sweden']],
    ['an analyst of a firm', 'Ann Berg of Velder Capital expects a cut.', ['Ann Berg', 'Velder Capital']],
    ['a club of a country', 'Galatasaray of Turkey drew 1-1 in the first leg.', ['Galatasaray', 'Türkiye']],
  ])('%s is two names', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a body and its remit', 'The Bank of Japan held rates.', ['Bank of Japan']],
    ['a peer\'s title', 'Lord Irvine of Lairg spoke first.', ['Irvine']],
  ])('stays one name for %s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('credits the quote to the person, not where the person is from', () => {
    const text = '"Prices will rise," said aviation analyst Mike Lund of Velder Capital.';
    expect(extract({ id: 't', text }).quotes.map((q) => q.speaker?.name)).toEqual(['Mike Lund']);
  });
});
