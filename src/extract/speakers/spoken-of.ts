/**
 * The people a quotation names: who the speaker speaks of in the third person, and so is not the "he"
 * or "she" who says it ('"Ken doesn't think he's got anything to say sorry for," he said' is not Ken's).
 * A speaker is "I" in the own quotation; a name there is someone else.
 */
import type { Mention, Span } from '../../doc/document.js';

/** The index of the first of `names` (in order of starts) that starts at or after `offset`. */
function firstFrom(names: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid] as Mention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions of `names` (in order of starts) that lie within one of `spans`. */
export function namedWithin(names: readonly Mention[], spans: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  for (const span of spans) {
    for (let k = firstFrom(names, span.start); k < names.length; k++) {
      const m = names[k] as Mention;
      if (m.start >= span.end) break;
      if (m.end <= span.end) out.push(m);
    }
  }
  return out;
}
