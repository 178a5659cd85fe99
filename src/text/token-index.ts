/** Lookups from character offsets to token indices, by binary search over token starts. */
import type { Span, Token } from '../doc/document.js';

/**
 * The token `distance` places before token `i`, or undefined at the start. Reading `tokens[-1]`
 * gives undefined too, but a negative index is a property name to V8, not an element: the read
 * then goes through its generic lookup, and so does every later read at the same place in the
 * code (three times slower for the whole loop).
 */
export function tokenBefore<T>(tokens: readonly T[], i: number, distance: number): T | undefined {
  return i >= distance ? tokens[i - distance] : undefined;
}

/** The index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first and last token inside a span, or null when it holds none. */
export function tokensIn(tokens: readonly Token[], span: Span): { first: number; last: number } | null {
  const first = tokenAtOrAfter(tokens, span.start);
  const after = tokenAtOrAfter(tokens, span.end);
  return after > first ? { first, last: after - 1 } : null;
}

/** The index of the span (sorted, not overlapping) that holds `offset`, or -1. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
