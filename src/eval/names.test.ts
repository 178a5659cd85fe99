import { describe, expect, it } from 'vitest';
import { namesAgree } from './names.js';

describe('namesAgree', () => {
  it.each([
    ['Anna Berg', 'anna berg', true],
    ['Berg', 'Anna Berg', true],
    ['Anna Berg', 'Berg', true],
    ['Anna Maria Berg', 'Anna Berg', true],
    ['A. Berg', 'Anna Berg', true],
    ['Ms. Berg', 'Anna Berg', true],
    ['Hugh Hill Jr.', 'Hugh Hill', true],
    ['Peter Berg', 'Anna Berg', false],
    ['Anna Berg', 'Anna Hill', false],
    ['Berg', 'Hill', false],
    ['the minister', 'Anna Berg', false],
    ['', 'Anna Berg', false],
  ])('%j ~ %j → %s', (a, b, expected) => {
    expect(namesAgree(a, b)).toBe(expected);
  });
});
