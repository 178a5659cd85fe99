import { describe, expect, it } from 'vitest';
import { tokenize } from './02-tokens.js';
import { before } from './token-index.js';

describe('before', () => {
  it('gives the token a distance before, and undefined before the first instead of reading a negative index', () => {
    const { tokens } = tokenize('Kerr said so.');
    expect(before(tokens, 2, 1)?.lower).toBe('said');
    expect(before(tokens, 2, 2)?.lower).toBe('kerr');
    expect(before(tokens, 1, 2)).toBeUndefined();
    expect(before(tokens, 0, 1)).toBeUndefined();
  });
});
