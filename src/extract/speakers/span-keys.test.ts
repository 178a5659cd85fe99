import { describe, expect, it } from 'vitest';
import { ascending, sortByStart, spanKey } from './span-keys.js';
import { makeMention } from './noun-phrase.js';

describe('span keys', () => {
  it('gives two spans the same key only when they have the same start and end', () => {
    const spans = [{ start: 0, end: 3 }, { start: 0, end: 4 }, { start: 1, end: 4 }, { start: 3, end: 3 }, { start: 999_999, end: 1_000_000 }];
    const keys = spans.map(spanKey);
    expect(new Set(keys).size).toBe(spans.length);
    expect(spanKey({ start: 0, end: 4 })).toBe(keys[1]);
  });

  it('keys a span ending past 2^26 by a string, which no number key equals', () => {
    const far = spanKey({ start: 5, end: 0x4000000 });
    expect(far).toBe('5:67108864');
    expect(spanKey({ start: 5, end: 0x4000000 - 1 })).not.toBe(far);
  });

  it('gives quoted stretches found out of order (spans listed out of order) in order, once each', () => {
    expect(ascending([4, 5, 1, 4])).toEqual([1, 4, 5]);
    const inOrder = [1, 2, 7];
    expect(ascending(inOrder)).toBe(inOrder);
    expect(ascending([3, 3])).toEqual([3]);
  });

  it('sorts the mentions of an entity by start, keeping the order of mentions that start together', () => {
    const a = makeMention(10, 12, 'pronoun', 'person', null, []);
    const b = makeMention(0, 5, 'name', 'person', { start: 0, end: 5 }, []);
    const c = makeMention(10, 20, 'nominal', 'person', null, []);
    const mentions = [a, b, c];
    sortByStart(mentions);
    expect(mentions).toEqual([b, a, c]);
    expect(mentions[1]).toBe(a);
  });
});
