import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../doc/document.js';
import { SpanCover, SpansByStart } from './span-cover.js';

const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([start, length]): Span => ({ start, end: start + length }));
const stretch = fc.tuple(fc.nat(240), fc.nat(30)).map(([from, length]) => [from, from + length] as const);

describe('span cover', () => {
  it('finds the spans holding a stretch exactly as a scan of all of them does, nested and overlapping spans included', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), stretch, (spans, [from, to]) => {
        const cover = new SpanCover(spans, spans.map((_, owner) => owner));
        const scanned = spans.flatMap((s, k) => (s.start <= from && to <= s.end ? [k] : []));
        expect([...cover.holding(from, to)].sort((a, b) => a - b)).toEqual(scanned);
        expect(cover.holds(from, to)).toBe(scanned.length > 0);
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('tells whether a span lies within a stretch exactly as a scan does', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, outer) => {
        const scanned = spans.some((s) => outer.start <= s.start && s.end <= outer.end);
        expect(new SpansByStart(spans).within(outer)).toBe(scanned);
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});
