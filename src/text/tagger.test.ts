import { describe, expect, it } from 'vitest';
import { splitTokens } from './split.js';
import { tagTokens } from './tagger.js';

function tags(text: string): string[] {
  return tagTokens(text, splitTokens(text)).map((t) => `${t.value}/${t.pos}`);
}

describe('tagTokens', () => {
  it('tags a plain sentence', () => {
    expect(tags('The minister said that prices would rise.')).toEqual(['The/DET', 'minister/NOUN', 'said/VERB', 'that/SCONJ', 'prices/NOUN', 'would/AUX', 'rise/VERB', './PUNCT']);
  });

  it('makes "to" a particle and its word a verb before an infinitive, a preposition otherwise', () => {
    expect(tags('They hope to increase sales')).toContain('increase/VERB');
    expect(tags('They hope to increase sales')).toContain('to/PART');
    expect(tags('a trip to the coast')).toContain('to/ADP');
  });

  it('makes a word that can be both a noun after a determiner and a verb after a modal', () => {
    expect(tags('the increase was small')).toContain('increase/NOUN');
    expect(tags('costs will increase')).toContain('increase/VERB');
  });

  it('makes a word that can be an adjective one before a noun', () => {
    expect(tags('most parents agree')).toContain('most/ADJ');
  });

  it('makes an -s form after a name that opens its clause a verb before "that" or a determiner ("Mr Tull claims that")', () => {
    expect(tags('Mr Tull claims that the plan failed.')).toContain('claims/VERB');
    expect(tags('Velcor claims the price is fair.')).toContain('claims/VERB');
    expect(tags('The news could dent Velcor claims that it is fair.')).toContain('claims/NOUN');
    expect(tags('He warned his Kessel Cup rivals that they would lose.')).toContain('rivals/NOUN');
  });

  it('reads a name that opens its clause past "the", "of" and "&" inside it and an abbreviation in brackets ("The Institute of Fiscal Planning (IFP) claims that")', () => {
    expect(tags('The Institute of Fiscal Planning claims that taxes must rise.')).toContain('claims/VERB');
    expect(tags('The Institute of Fiscal Planning (IFP) claims that taxes must rise.')).toContain('claims/VERB');
    expect(tags('Bertram & Lowe claims the price is fair.')).toContain('claims/VERB');
    expect(tags('Critics could dent the Velcor claims that it is fair.')).toContain('claims/NOUN');
  });

  it('tells the uses of "that" apart', () => {
    expect(tags('She said that year was hard')).toContain('that/SCONJ');
    expect(tags('in that year')).toContain('that/DET');
    expect(tags('firms that make cars')).toContain('that/PRON');
  });

  it('makes capitalised words names unless they open a sentence as function words', () => {
    expect(tags('We met Zorblat Quenz in Paris.')).toEqual(expect.arrayContaining(['Zorblat/PROPN', 'Quenz/PROPN', 'Paris/PROPN']));
    expect(tags('Earlier, he left.')[0]).toBe('Earlier/ADV');
  });

  it('guesses unknown lower-case words from their endings', () => {
    expect(tags('they zorbled it blorkingly')).toEqual(['they/PRON', 'zorbled/VERB', 'it/PRON', 'blorkingly/ADV']);
  });

  it('tags numbers, marks and symbols', () => {
    expect(tags('$5 (10%)')).toEqual(['$/SYM', '5/NUM', '(/PUNCT', '10/NUM', '%/SYM', ')/PUNCT']);
  });

  it("makes 's a verb after a pronoun and a possessive after a noun", () => {
    expect(tags("it's the firm's plan")).toEqual(expect.arrayContaining(["'s/AUX", "'s/PART"]));
  });

  it('makes a word that can be a noun the head of its phrase before the verb', () => {
    expect(tags('The Valdorian incumbent said so.')).toContain('incumbent/NOUN');
    expect(tags('A democratic socialist said it.')).toContain('socialist/NOUN');
    expect(tags('It is important.')).toContain('important/ADJ');
  });

  it('makes a verb joined by a hyphen after a determiner part of a compound noun', () => {
    expect(tags('She said in a follow-up interview that it was over.')).toContain('follow/NOUN');
    expect(tags('They follow up.')).toContain('follow/VERB');
  });
});
