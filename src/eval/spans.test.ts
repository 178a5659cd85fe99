import { describe, expect, it } from 'vitest';
import { overlaps, sharedSize, size, union } from './spans.js';

describe('span arithmetic', () => {
  it('merges overlapping and touching ranges and drops empty ones', () => {
    expect(union([[10, 20], [0, 5], [15, 30], [30, 31], [40, 40]])).toEqual([[0, 5], [10, 31]]);
  });

  it('counts each character once', () => {
    expect(size(union([[0, 10], [5, 15]]))).toBe(15);
  });

  it('counts shared characters across several pieces', () => {
    expect(sharedSize([[0, 10], [20, 30]], [[5, 25]])).toBe(10);
    expect(sharedSize([[0, 10]], [[10, 20]])).toBe(0);
  });

  it('tells whether two lists touch by at least one character', () => {
    expect(overlaps([[0, 5]], [[4, 9]])).toBe(true);
    expect(overlaps([[0, 5]], [[5, 9]])).toBe(false);
  });
});
