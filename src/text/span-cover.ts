/**
 * Which spans of a set hold a given stretch of text, answered without looking at every span: the
 * spans sorted by start, with the furthest end reached so far, so a search walks back from the
 * last span that starts early enough and stops as soon as no earlier span reaches far enough.
 * Stages that asked `spans.some(...)` for every cue or mention took time quadratic in the length of
 * an article made of short quotations.
 */
import type { Span } from '../doc/document.js';

/** A set of spans, each with the thing it belongs to, that can be asked which of them hold a stretch. */
export class SpanCover<T> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly owners: T[] = [];
  /** The furthest end among the spans up to and including each index. */
  private readonly reach: number[] = [];

  /** Indexes the spans; `owner` is what `holding` yields for each. */
  constructor(entries: Iterable<{ span: Span; owner: T }>) {
    const sorted = [...entries].sort((a, b) => a.span.start - b.span.start);
    let reach = -Infinity;
    for (const { span, owner } of sorted) {
      reach = Math.max(reach, span.end);
      this.starts.push(span.start);
      this.ends.push(span.end);
      this.owners.push(owner);
      this.reach.push(reach);
    }
  }

  /** The owners of the spans with `start ≤ from` and `to ≤ end`, latest start first. */
  *holding(from: number, to: number): Generator<T> {
    // The last span starting at or before `from`, by binary search.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && (this.reach[i] as number) >= to; i--) {
      if ((this.ends[i] as number) >= to) yield this.owners[i] as T;
    }
  }

  /** Whether some span holds the whole stretch `[from, to]`. */
  holds(from: number, to: number): boolean {
    return !this.holding(from, to).next().done;
  }
}

/** A cover of plain spans, each its own owner. */
export function spanCover<S extends Span>(spans: Iterable<S>): SpanCover<S> {
  return new SpanCover([...spans].map((span) => ({ span, owner: span })));
}

/** Spans sorted by start, which can be asked whether one lies within a stretch. */
export class SpansByStart {
  private readonly sorted: Span[];

  /** Indexes the spans. */
  constructor(spans: Iterable<Span>) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
  }

  /** Whether some span lies within `outer` (looking only at the spans that start inside it). */
  within(outer: Span): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as Span).start < outer.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && (this.sorted[i] as Span).start < outer.end; i++) if ((this.sorted[i] as Span).end <= outer.end) return true;
    return false;
  }
}
