/**
 * The quotations found so far, indexed by the sentences their spans touch, so a new report can ask
 * which of them it overlaps without a pass over all of them (a pass per cue was quadratic in an
 * article of many short quotations and reports).
 */
import type { Doc, Quote, Span } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';

/** A changing set of quotations that can be asked which of them overlap some spans. */
export class QuoteOverlaps {
  private readonly bySentence = new Map<number, Set<Quote>>();

  /** Starts with `quotes`, in the sentences of `doc`. */
  constructor(
    private readonly doc: Doc,
    quotes: readonly Quote[],
  ) {
    for (const quote of quotes) this.add(quote);
  }

  // The sentences of the tokens from the first at or after `start` to the first at or after `end`:
  // two spans that share a character both reach the token at or after it, so share a sentence here.
  private *sentences(span: Span): Generator<number> {
    const tokens = this.doc.tokens;
    if (tokens.length === 0) return;
    const first = tokens[Math.min(tokenAtOrAfter(tokens, span.start), tokens.length - 1)];
    const last = tokens[Math.min(tokenAtOrAfter(tokens, span.end), tokens.length - 1)];
    for (let s = first?.sentence ?? 0; s <= (last?.sentence ?? -1); s++) yield s;
  }

  /** Adds a quotation. */
  add(quote: Quote): void {
    for (const span of quote.spans) {
      for (const s of this.sentences(span)) {
        const set = this.bySentence.get(s) ?? new Set<Quote>();
        set.add(quote);
        this.bySentence.set(s, set);
      }
    }
  }

  /** Removes a quotation. */
  remove(quote: Quote): void {
    for (const span of quote.spans) for (const s of this.sentences(span)) this.bySentence.get(s)?.delete(quote);
  }

  /** The quotations with a span that overlaps one of `spans`. */
  overlapping(spans: readonly Span[]): Quote[] {
    const found = new Set<Quote>();
    for (const span of spans) {
      for (const s of this.sentences(span)) {
        for (const quote of this.bySentence.get(s) ?? []) {
          if (quote.spans.some((q) => q.start < span.end && span.start < q.end)) found.add(quote);
        }
      }
    }
    return [...found];
  }
}
