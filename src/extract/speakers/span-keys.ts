/**
 * Small helpers of the speaker resolution that spare it an object per quote or per mention: spans as
 * numbers a Set hashes without a string, and orders checked before they are made.
 */
import type { Mention, Span } from '../../doc/document.js';

/** The numbers in ascending order, each once; those of a quote's spans in order already are kept as they are, with no Set or sort per quote. */
export function ascending(numbers: number[]): number[] {
  for (let k = 1; k < numbers.length; k++) if ((numbers[k] as number) <= (numbers[k - 1] as number)) return [...new Set(numbers)].sort((a, b) => a - b);
  return numbers;
}

/**
 * A span as one number, unique for spans ending before 2^26 (an article's length is far below it),
 * which a Set hashes without making a string per lookup; a string past that.
 */
export function spanKey(span: Span): number | string {
  return span.end < 0x4000000 ? span.end * 0x4000000 + span.start : `${span.start}:${span.end}`;
}

/** Sorts mentions by start, in place and stably, when they are not in that order already (most entities' are). */
export function sortByStart(mentions: Mention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    if ((mentions[k] as Mention).start < (mentions[k - 1] as Mention).start) {
      mentions.sort((a, b) => a.start - b.start);
      return;
    }
  }
}
