import { describe, expect, it } from 'vitest';
import { listsOf, wordList } from './word-lists.js';

describe('word lists', () => {
  it('marks each word with the bit of every list that holds it, and refuses a list made late', () => {
    const speech = wordList(['say', 'tell']);
    const modal = wordList(['may', 'say']);
    expect(speech).not.toBe(modal);
    expect(listsOf('say')).toBe(speech | modal);
    expect(listsOf('tell') & modal).toBe(0);
    expect(listsOf('tell') & speech).not.toBe(0);
    expect(listsOf('Say')).toBe(0);
    expect(listsOf('walk')).toBe(0);
    // Tokens read before a list existed would lack its bit.
    expect(() => wordList(['late'])).toThrow(/when its module loads/);
  });
});
