/**
 * Which spans of a set hold a given stretch of text, answered without looking at every span: the
 * spans sorted by start, with the furthest end reached so far, so a search walks back from the
 * last span that starts early enough and stops as soon as no earlier span reaches far enough.
 * Stages that asked `spans.some(...)` for every cue or mention took time quadratic in the length of
 * an article made of short quotations.
 */
import type { Span } from '../doc/document.js';

// Stable order of span indexes by start; none is made when the spans are in order already (quoted
// spans, mentions and quotes usually are), which spares an array the size of the list.
function orderByStart(spans: readonly Span[]): Int32Array | null {
  let sorted = true;
  for (let k = 1; k < spans.length && sorted; k++) sorted = (spans[k - 1] as Span).start <= (spans[k] as Span).start;
  if (sorted) return null;
  const order = new Int32Array(spans.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  return order.sort((a, b) => (spans[a] as Span).start - (spans[b] as Span).start || a - b);
}

/**
 * A set of spans, each with the thing it belongs to, that can be asked which of them hold a stretch.
 * Its index is three typed arrays, not an object per span: an article of a million quotation marks
 * has a million spans (1 MB of '“' peaked at 785 MB with the objects).
 */
export class SpanCover<T> {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly owners: readonly T[];
  /** The furthest end among the spans up to and including each index. */
  private readonly reach: Int32Array;

  /** Indexes the spans; `owners[k]` is what `holding` yields for `spans[k]` (kept, not copied, when the spans are in order). */
  constructor(spans: readonly Span[], owners: readonly T[]) {
    if (owners.length !== spans.length) throw new Error(`SpanCover: ${spans.length} spans but ${owners.length} owners`);
    const order = orderByStart(spans);
    const n = spans.length;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.reach = new Int32Array(n);
    this.owners = order === null ? owners : Array.from(order, (k) => owners[k] as T);
    let reach = -1;
    for (let i = 0; i < n; i++) {
      const span = spans[order === null ? i : (order[i] as number)] as Span;
      reach = Math.max(reach, span.end);
      this.starts[i] = span.start;
      this.ends[i] = span.end;
      this.reach[i] = reach;
    }
  }

  // One past the last span starting at or before `from`, by binary search.
  private after(from: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The owners of the spans with `start ≤ from` and `to ≤ end`, latest start first. */
  *holding(from: number, to: number): Generator<T> {
    for (let i = this.after(from) - 1; i >= 0 && (this.reach[i] as number) >= to; i--) {
      if ((this.ends[i] as number) >= to) yield this.owners[i] as T;
    }
  }

  /** Whether some span holds the whole stretch `[from, to]` (asked for every token by some stages: no generator). */
  holds(from: number, to: number): boolean {
    for (let i = this.after(from) - 1; i >= 0 && (this.reach[i] as number) >= to; i--) {
      if ((this.ends[i] as number) >= to) return true;
    }
    return false;
  }
}

/** A cover of plain spans, each its own owner. */
export function spanCover<S extends Span>(spans: readonly S[]): SpanCover<S> {
  return new SpanCover(spans, spans);
}

/** Spans sorted by start, which can be asked whether one lies within a stretch. */
export class SpansByStart {
  private readonly sorted: readonly Span[];

  /** Indexes the spans (kept, not copied, when they are in order of their starts already). */
  constructor(spans: readonly Span[]) {
    const order = orderByStart(spans);
    this.sorted = order === null ? spans : Array.from(order, (k) => spans[k] as Span);
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
