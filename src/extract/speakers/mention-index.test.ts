import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention, Span } from '../../doc/document.js';
import { makeMention } from './noun-phrase.js';
import { inOrderOfEnds, mentionIndex, mentionsBefore } from './mention-index.js';

const TEXT_LENGTH = 120;

const mention = fc
  .record({ start: fc.nat(100), length: fc.integer({ min: 1, max: 15 }), named: fc.boolean(), nameAt: fc.nat(5), nameLength: fc.integer({ min: 1, max: 8 }) })
  .map(({ start, length, named, nameAt, nameLength }): Mention => {
    const name = named ? { start: start + Math.min(nameAt, length - 1), end: Math.min(start + Math.min(nameAt, length - 1) + nameLength, start + length) } : null;
    return makeMention(start, start + length, named ? 'name' : 'nominal', 'person', name, []);
  });
const span = fc.tuple(fc.nat(110), fc.integer({ min: 1, max: 12 })).map(([start, length]): Span => ({ start, end: start + length }));

describe('mention index', () => {
  it('answers as a scan of all mentions does: the first overlapping name, the last name within, the mentions before', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 30 }), span, fc.boolean(), (mentions, query, sortByEnd) => {
        const list = sortByEnd ? [...mentions].sort((a, b) => a.end - b.end) : mentions;
        const index = mentionIndex(list, TEXT_LENGTH);
        const overlapping = list.find((m) => m.name !== null && m.name.start < query.end && query.start < m.name.end);
        expect(index.nameOverlapping(query)).toBe(overlapping);
        const within = list.filter((m) => m.kind === 'name' && query.start <= m.start && m.end <= query.end).at(-1);
        expect(index.lastNameWithin(query)).toBe(within);
        const before = list.filter((m) => m.end <= query.start).reverse();
        expect([...mentionsBefore(list, query.start, inOrderOfEnds(list))]).toEqual(before);
        expect([...mentionsBefore(list, query.start, inOrderOfEnds(list), 3)]).toEqual(before.slice(0, 3));
      }),
      { seed: 17, numRuns: 400 },
    );
  });
});
