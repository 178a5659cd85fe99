/**
 * The words inside the quotation marks of quotes that speaker resolution reads: the first-person
 * pronouns that are the speaker ("I", "we"), and the speaker of the quotation around a point.
 */
import type { Doc, Mention, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { SpanCover } from '../../text/span-cover.js';
import { mentionFrom } from './noun-phrase.js';
import { ascending } from './span-keys.js';

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);

/** First-person pronouns inside the quotation marks of a quote's spans. */
export function firstPersonIn(doc: Doc, spans: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  // The quoted stretches within the spans: doc.quoted is in order of starts, so those starting in a span
  // are one run of it, found by binary search (a map from every start made a million arrays for 1 MB of '“').
  const within: number[] = [];
  for (const s of spans) {
    for (let k = quotedStartingAtOrAfter(doc.quoted, s.start); k < doc.quoted.length; k++) {
      const quoted = doc.quoted[k] as Span;
      if (quoted.start >= s.end) break;
      if (quoted.end <= s.end) within.push(k);
    }
  }
  for (const index of ascending(within)) {
    const quoted = doc.quoted[index] as (typeof doc.quoted)[number];
    for (let k = tokenAtOrAfter(doc.tokens, quoted.inner.start); k < doc.tokens.length; k++) {
      const t = doc.tokens[k] as Token;
      if (t.end > quoted.inner.end) break;
      if (t.pos === 'PRON' && FIRST_PERSON.has(t.lower)) out.push(mentionFrom(doc, { first: k, last: k }));
    }
  }
  return out;
}

/** The index of the first of `spans` (in order of starts) that starts at or after `offset`. */
function quotedStartingAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker mention of each quote, by the quote's pieces. */
export function quoteSpeakers(doc: Doc): SpanCover<Mention | null> {
  const spans: Span[] = [];
  const owners: Array<Mention | null> = [];
  for (const quote of doc.quotes) {
    for (const s of quote.spans) {
      spans.push(s);
      owners.push(quote.speaker);
    }
  }
  return new SpanCover(spans, owners);
}
