import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

const quotesOf = (text: string): string[] => extract({ id: 't', text }).quotes.map((q) => q.text);

// Our own sentences: "claim" with a thing for its object (won, took) reports no words; with a clause it does.
describe('"claim" with a thing for its object', () => {
  it('is no quote when a prize ends the sentence or a phrase of it ("Tara Quinn claimed the 200m.")', () => {
    expect(quotesOf('Tara Quinn claimed the 200m.')).toEqual([]);
    expect(quotesOf('Velder Harriers claimed their first team title in 72 years while Lorn helped.')).toEqual([]);
    expect(quotesOf('Korlan claimed top spot in Group B with three wins from three matches.')).toEqual([]);
    expect(quotesOf('The track claimed the top spot ahead of a re-release, Blue Nights.')).toEqual([]);
  });

  it('still reports a clause whose subject has a phrase of its own ("claimed their display in the defeat against Velder was poor")', () => {
    expect(quotesOf('Tom Reyes claimed their display in the defeat against Velder was their worst.')).toHaveLength(1);
    expect(quotesOf('Velcor claimed the auction was illegal.')).toEqual(['the auction was illegal']);
    expect(quotesOf('He spoke out, claiming Mr Howard and other leaders were set on cuts.')).toHaveLength(1);
  });
});
