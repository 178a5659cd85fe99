import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSpace, splitSpaces } from './spaces.js';

// Every kind of white space \s matches, a few that it does not, and ordinary letters.
const CHARS = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e', 'a', 'B', '.', 'é', '-'];

describe('splitSpaces', () => {
  it('splits as split(/\\s+/) does, at the ends too ("  Anna  Berg ", "", " ")', () => {
    for (const text of ['  Anna  Berg ', '', ' ', 'Berg', 'Anna\u00a0Berg\n']) expect(splitSpaces(text)).toEqual(text.split(/\s+/));
  });

  it('splits any text of spaces and letters as split(/\\s+/) does', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (chars) => {
      const text = chars.join('');
      expect(splitSpaces(text)).toEqual(text.split(/\s+/));
    }), { seed: 7, numRuns: 500 });
  });

  it('knows white space as \\s does, for every code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
