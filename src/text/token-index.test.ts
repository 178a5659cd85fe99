import { describe, expect, it } from 'vitest';
import { tokenize } from './02-tokens.js';
import { tokenBefore } from './token-index.js';

describe('tokenBefore', () => {
  it('gives the token a distance before, and undefined before the first instead of reading a negative index', () => {
    const { tokens } = tokenize('Kerr said so.');
    expect(tokenBefore(tokens, 2, 1)?.lower).toBe('said');
    expect(tokenBefore(tokens, 2, 2)?.lower).toBe('kerr');
    expect(tokenBefore(tokens, 1, 2)).toBeUndefined();
    expect(tokenBefore(tokens, 0, 1)).toBeUndefined();
  });
});
