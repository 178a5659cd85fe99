import { describe, expect, it } from 'vitest';
import { WordTable, buildWordTable } from './word-table.js';
import { decodePosLexicon, encodePosLexicon } from './pos-file.js';

describe('WordTable', () => {
  const words = ['the', 'The', 'US', 'us', 'café', 'naïve', "don't", '—', '', 'a-b', 'the'];
  const table = new WordTable(buildWordTable(words));

  it('finds each word at its first index, case and diacritics counting', () => {
    expect(table.indexOf('the')).toBe(0);
    expect(table.indexOf('The')).toBe(1);
    expect(table.indexOf('US')).toBe(2);
    expect(table.indexOf('us')).toBe(3);
    expect(table.indexOf('café')).toBe(4);
    expect(table.indexOf('naïve')).toBe(5);
    expect(table.indexOf("don't")).toBe(6);
    expect(table.indexOf('—')).toBe(7);
    expect(table.indexOf('')).toBe(8);
    expect(table.size).toBe(words.length);
  });

  it('answers -1 for a word it does not hold, however close', () => {
    for (const w of ['cafe', 'THE', 'th', 'thee', 'naive', 'a', 'b', 'U']) expect(table.indexOf(w)).toBe(-1);
  });

  it('holds many words whose hashes collide in a small table', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordTable(buildWordTable(many));
    many.forEach((w, i) => expect(big.indexOf(w)).toBe(i));
    expect(big.indexOf('w-1')).toBe(-1);
  });
});

describe('pos lexicon file', () => {
  it('reads back what it wrote: classes, words and their classes', () => {
    const bytes = encodePosLexicon({ about: 'test', classes: ['NOUN', 'VERB NOUN'], words: ['dog', 'walk', 'Zoë'], wordClasses: [0, 1, 0] });
    // An unaligned copy reads the same.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    for (const input of [bytes, shifted]) {
      const file = decodePosLexicon(input);
      expect(file.about).toBe('test');
      expect(file.classes).toEqual(['NOUN', 'VERB NOUN']);
      expect(file.wordClasses[file.table.indexOf('walk')]).toBe(1);
      expect(file.wordClasses[file.table.indexOf('Zoë')]).toBe(0);
      expect(file.table.indexOf('cat')).toBe(-1);
    }
  });

  it('refuses a file of another format or cut short, saying how to rebuild it', () => {
    const bytes = encodePosLexicon({ about: 'test', classes: ['NOUN'], words: ['dog'], wordClasses: [0] });
    expect(() => decodePosLexicon(bytes.subarray(0, bytes.length - 8))).toThrow(/npm run build/);
    expect(() => decodePosLexicon(new TextEncoder().encode('{"not":"it"}'))).toThrow(/unreadable/);
  });
});
