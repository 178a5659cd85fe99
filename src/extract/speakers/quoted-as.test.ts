import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<[string | null, string]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.basis ?? 'none']);
}

// Our own sentences.
describe('"X quoted Y as saying": the one quoted speaks', () => {
  it.each([
    ['a name after "quoted"', '"We will stay," the Velder Gazette quoted Anna Berg as saying.', [['Anna Berg', 'named']]],
    ['a description after "quoted", left unresolved', '"The deal is done," the Velder Gazette quoted an insider in the talks as saying.', [['an insider in the talks', 'unresolved']]],
    ['before the quotation', 'The Velder Gazette quoted Anna Berg as saying: "We will stay."', [['Anna Berg', 'named']]],
  ])('%s', (_rule, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('keeps the one who quotes where nothing is quoted "as saying" ("the Gazette quoted figures")', () => {
    expect(speakers('"Sales fell," the Velder Gazette said, quoting figures.')[0]?.[0]).toBe('Velder Gazette');
  });
});

describe('a description of a gender is no person of the other', () => {
  it('"the 60-year-old actor" is the actor, not the actress named since', () => {
    const text = 'Actor Tomas Brandt is to star in a film. Mara Velde, star of two comedies, may join him. On a visit to Lyon, the 60-year-old actor said he hoped to start next year.';
    expect(speakers(text)).toEqual([['Tomas Brandt', 'nominal']]);
  });

  it('"the spokeswoman" is no man', () => {
    const text = 'Mara Velde runs the firm. Tomas Brandt joined it. The spokeswoman said the firm would grow.';
    expect(speakers(text)[0]?.[0]).not.toBe('Tomas Brandt');
  });
});
