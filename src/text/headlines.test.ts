import { describe, expect, it } from 'vitest';
import { tokenize } from './02-tokens.js';
import { headlineSentences } from './headlines.js';

describe('headline sentences', () => {
  it('finds a title-case sentence, its small words left in lower case ("of", "the", "with")', () => {
    const text = 'Velder Says He Will Stay With the Party of Tarn\nThe minister said he would stay with the party.';
    const { tokens } = tokenize(text);
    expect([...headlineSentences(text, tokens)]).toEqual([0]);
  });

  it('takes a longer word in lower case for prose, not a title ("would", "party")', () => {
    const text = 'Velder Says He would Stay With Tarn';
    const { tokens } = tokenize(text);
    expect(headlineSentences(text, tokens).size).toBe(0);
  });

  it('takes a short verb in lower case for prose too: a sentence of names is no headline ("The Velder State Rovers beat the Tarn City Kings")', () => {
    const text = 'The Velder State Rovers beat the Tarn City Kings 110-99.';
    const { tokens } = tokenize(text);
    expect(headlineSentences(text, tokens).size).toBe(0);
    // A contraction's "n't" is no word in lower case.
    const headline = "Velder Sees 'Insult' if Voters Don't Rally";
    expect(headlineSentences(headline, tokenize(headline).tokens).size).toBe(1);
  });

  it('finds the headlines of a document once, however many stages ask', () => {
    const text = 'Velder Says He Will Stay\nHe said so on Monday.';
    const { tokens } = tokenize(text);
    const first = headlineSentences(text, tokens);
    expect(headlineSentences(text, tokens)).toBe(first);
    // Other tokens of the same text are another document's: their headlines are found again.
    expect(headlineSentences(text, tokenize(text).tokens)).not.toBe(first);
  });
});
