import { describe, expect, it } from 'vitest';
import { splitSentences, splitTokens } from './split.js';

function values(text: string): string[] {
  return splitTokens(text).map((t) => t.value);
}

function sentences(text: string): string[] {
  const tokens = splitTokens(text);
  return splitSentences(text, tokens).map(([first, last]) => text.slice(tokens[first]?.start, tokens[last]?.end));
}

describe('splitTokens', () => {
  it('gives exact offsets and skips white space', () => {
    const text = '  “Yes,” said Dr. Ünal —\ttwice 🎉.';
    for (const t of splitTokens(text)) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(values(text)).toEqual(['“', 'Yes', ',', '”', 'said', 'Dr.', 'Ünal', '—', 'twice', '🎉', '.']);
  });

  it('splits contractions as the tagger expects them', () => {
    expect(values("I'm sure it's true; they didn't, we can't and she cannot.")).toEqual(['I', "'m", 'sure', 'it', "'s", 'true', ';', 'they', 'did', "n't", ',', 'we', 'ca', "n't", 'and', 'she', 'can', 'not', '.']);
    expect(values('the firm’s chief')).toEqual(['the', 'firm', '’s', 'chief']);
  });

  it('keeps numbers, dotted abbreviations and web addresses whole', () => {
    expect(values('The U.S. paid $1,250.50 (3.5%) at 10:30 on 9/11 in the 1980s, the 21st time.')).toEqual([
      'The', 'U.S.', 'paid', '$', '1,250.50', '(', '3.5', '%', ')', 'at', '10:30', 'on', '9/11', 'in', 'the', '1980s', ',', 'the', '21st', 'time', '.',
    ]);
    expect(values('See https://example.org/a?b=1.')).toEqual(['See', 'https://example.org/a?b=1', '.']);
  });

  it('reads a word to its end whatever follows it: letters beyond ASCII, digits, joiners, stops', () => {
    expect(values('Cafés, naïve R&D at www.example.org; abc123 and 4x4: x. Yes!(no)"ok"')).toEqual([
      'Cafés', ',', 'naïve', 'R&D', 'at', 'www.example.org', ';', 'abc123', 'and', '4', 'x4', ':', 'x', '.', 'Yes', '!', '(', 'no', ')', '"', 'ok', '"',
    ]);
    expect(values('see http://a.b/c or mail:x, then... go -- now')).toEqual(['see', 'http://a.b/c', 'or', 'mail', ':', 'x', ',', 'then', '...', 'go', '--', 'now']);
  });

  it('keeps known and prefixed hyphenated words whole and splits the others', () => {
    expect(values('an e-mail from the ex-minister about long-term plans')).toEqual(['an', 'e-mail', 'from', 'the', 'ex-minister', 'about', 'long', '-', 'term', 'plans']);
  });

  it('gives titles, initials and abbreviations their full stop', () => {
    expect(values('Sen. Joan K. Ross of Acme Corp. met Gen. Lee on Jan. 5.')).toEqual(['Sen.', 'Joan', 'K.', 'Ross', 'of', 'Acme', 'Corp.', 'met', 'Gen.', 'Lee', 'on', 'Jan.', '5', '.']);
  });

  it('gives no full stop to a title that is a whole word', () => {
    expect(values('He spoke in general. Then the father.')).toEqual(['He', 'spoke', 'in', 'general', '.', 'Then', 'the', 'father', '.']);
  });

  it('keeps runs of dots and dashes as one mark, and doubled apostrophes as two', () => {
    expect(values("Wait... no -- ''never''")).toEqual(['Wait', '...', 'no', '--', "'", "'", 'never', "'", "'"]);
  });
});

describe('splitSentences', () => {
  it('ends sentences at full stops, question and exclamation marks before a capital', () => {
    expect(sentences('It rained. Was it cold? Yes! 3 people left.')).toEqual(['It rained.', 'Was it cold?', 'Yes!', '3 people left.']);
  });

  it('ends a sentence at a full stop and a space before a lower-case word or an emoji, not inside a web address', () => {
    expect(sentences('Ann Lee left. then it rained. 🎉 All cheered.')).toEqual(['Ann Lee left.', 'then it rained.', '🎉 All cheered.']);
    expect(sentences('A fake Shopco.com was registered.')).toEqual(['A fake Shopco.com was registered.']);
  });

  it('keeps closing quote marks with their sentence', () => {
    expect(sentences('She said: "We won." Then she left.')).toEqual(['She said: "We won."', 'Then she left.']);
  });

  it('does not end a sentence after a title, an initial or a mid-sentence abbreviation', () => {
    expect(sentences('Mr. Smith met Gen. Lee and J. Ross on Jan. 5 in St. Louis.')).toHaveLength(1);
  });

  it('ends a sentence after "U.S." or "Inc." when a word that opens sentences follows', () => {
    expect(sentences('They moved to the U.S. But the firm stayed at Acme Inc. The end.')).toEqual(['They moved to the U.S.', 'But the firm stayed at Acme Inc.', 'The end.']);
    expect(sentences('The U.S. Senate voted.')).toHaveLength(1);
  });

  // A lower-case word after a full stop and a space was once read as the same sentence; two quotations in
  // a row then lost the first ('"We stay," said Ann Lee. then "We go," said Tom Reyes.'). Abbreviations keep
  // their stop as one token, so they still do not end a sentence.
  it('ends a sentence at a line break, and before a lower-case word, but not after an abbreviation', () => {
    expect(sentences('A title without a stop\nThe text. and more')).toEqual(['A title without a stop', 'The text.', 'and more']);
    expect(sentences('Cats, dogs etc. and more, e.g. the rest.')).toEqual(['Cats, dogs etc. and more, e.g. the rest.']);
  });
});
