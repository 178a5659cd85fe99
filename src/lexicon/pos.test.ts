import { describe, expect, it } from 'vitest';
import { tagsAt, vocabularySize, wordIndex, wordTags } from './pos.js';

describe('the part-of-speech vocabulary', () => {
  it('finds a word spelled exactly so, the same each time it is asked', () => {
    const said = wordIndex('said');
    expect(said).toBeGreaterThanOrEqual(0);
    expect(said).toBeLessThan(vocabularySize());
    expect(wordIndex('said')).toBe(said);
    expect(wordIndex(['sa', 'id'].join(''))).toBe(said);
    expect(tagsAt(said).allowed.has('VERB')).toBe(true);
    expect(wordTags('said')).toBe(tagsAt(said));
  });

  it('knows no made-up word, short or long, however often asked', () => {
    for (const word of ['zorblat', 'zorblatification', 'zorblat']) expect(wordIndex(word)).toBe(-1);
    expect(wordTags('zorblatification')).toBeUndefined();
  });

});
