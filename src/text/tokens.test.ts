import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, tokenize } from './02-tokens.js';
import { findParagraphs } from './01-paragraphs.js';
import { retagProperNouns } from './03-proper-nouns.js';
import { spanAt } from './token-index.js';
import { listsOf, wordList } from '../lexicon/word-lists.js';

// A list of this test's own, made when the module loads, as every list must be.
const TEST_WORDS = wordList(['said', 'the', 'zorblat', 'ünal']);

describe('tokens', () => {
  it('gives every token the word lists of its lower-cased word, whatever its case or kind', () => {
    const text = 'The Zorblat said: “THE zorblat, Ünal and 3,000 others said it.” SAID the 45-year-old.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(t.lists).toBe(listsOf(t.lower));
    const marked = tokens.filter((t) => (t.lists & TEST_WORDS) !== 0).map((t) => t.lower);
    expect(marked).toEqual(['the', 'zorblat', 'said', 'the', 'zorblat', 'ünal', 'said', 'said', 'the']);
  });

  it('gives every token its exact offsets', () => {
    const text = '“Yes,” said Dr. Ünal — twice.\n\nIt’s 5% of the field’s value 🎉 now.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    expect(tokens.map((t) => t.lower)).toContain('ünal');
  });

  it('splits possessives whatever was read before', () => {
    tokenize("Standard & Poor's rating and the field's value.");
    const { tokens } = tokenize("The field's value and Poor's view.");
    expect(tokens.map((t) => t.lower)).toEqual(['the', 'field', "'s", 'value', 'and', 'poor', "'s", 'view', '.']);
    expect(tokens[1]?.pos).toBe('NOUN');
  });

  it('never runs a sentence over a line break', () => {
    const text = 'First line without a stop\nSecond line here.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['First line without a stop', 'Second line here.']);
  });

  it('ends no sentence after a title or an initial', () => {
    const text = 'He met then-Sen. Obama and William J. Bennett in Washington. Then he left.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['He met then-Sen. Obama and William J. Bennett in Washington.', 'Then he left.']);
  });

  it('ends no sentence at a full stop glued to words on both sides ("fansite Halo.Bungie.Org, said")', () => {
    const text = 'Tom Reed, editor of fansite Velder.Tarn.Org, said it was fine. He left.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Tom Reed, editor of fansite Velder.Tarn.Org, said it was fine.', 'He left.']);
  });

  it('finds paragraphs as trimmed non-blank lines', () => {
    const text = '  One.\r\n\r\n Two. \n';
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.']);
  });

  it('retags capitalised words inside a sentence as proper nouns', () => {
    const text = 'Yesterday Cook said it.';
    const { tokens } = tokenize(text);
    retagProperNouns(text, tokens);
    expect(tokens[1]?.pos).toBe('PROPN');
  });

  it('never makes a name of a subordinator opening the sentence before an unknown name ("When Lleyton Hewitt shook")', () => {
    for (const text of ['When Zorvath Kellin shook his hand, he smiled.', 'Why Zorvath Kellin left is unclear.', 'Although Zorvath Kellin won, he wept.']) {
      const { tokens } = tokenize(text);
      retagProperNouns(text, tokens);
      expect(tokens[0]?.pos, text).not.toBe('PROPN');
      expect(tokens[1]?.pos, text).toBe('PROPN');
    }
  });

  it('finds the span that holds an offset', () => {
    const spans = [{ start: 0, end: 4 }, { start: 6, end: 9 }, { start: 12, end: 20 }];
    expect([0, 3, 4, 6, 8, 11, 19, 20].map((offset) => spanAt(spans, offset))).toEqual([0, 0, -1, 1, 1, -1, 2, -1]);
  });
});

describe('sentences around closing quote marks', () => {
  it('keeps a closing mark glued to a full stop in the sentence it closes', () => {
    const text = "He cited ''The Art of the Deal.'' Mr. Trump said more.";
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["He cited ''The Art of the Deal.''", 'Mr. Trump said more.']);
  });
});

describe('sentences that would start with a lower-case word', () => {
  it('keeps "(R-Ky.) said …" in the sentence of its subject', () => {
    const text = 'Sen. Rand Paul (R-Ky.) said the plan would fail. Then he left.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Sen. Rand Paul (R-Ky.) said the plan would fail.', 'Then he left.']);
  });
});

describe('sentence length', () => {
  it('cuts a text without a full stop into sentences of at most MAX_SENTENCE_TOKENS tokens', () => {
    const text = 'he said that '.repeat(1000);
    const { tokens, sentences } = tokenize(text);
    expect(tokens.length).toBe(3000);
    const sizes = sentences.map((_, s) => tokens.filter((t) => t.sentence === s).length);
    expect(Math.max(...sizes)).toBe(MAX_SENTENCE_TOKENS);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3000);
    for (const [s, sentence] of sentences.entries()) expect(text.slice(sentence.start, sentence.end)).toMatch(s === 0 ? /^he said/ : /^\S/);
  });
});
