/**
 * Lookups among an article's mentions that the speaker resolution makes for every quote: the name
 * that overlaps a speaker's name, the last name inside a description, the mentions before a point.
 * Each answers as a scan of the whole list would, without the scan, which made resolution quadratic
 * in the length of an article of many short quotations.
 */
import type { Mention, Span } from '../../doc/document.js';

/** The mentions of an article, indexed by where their names and their spans start. */
export interface MentionIndex {
  /** The first mention (in list order) whose name overlaps `name`. */
  nameOverlapping(name: Span): Mention | undefined;
  /** The last mention (in list order) of kind `name` that lies within `span`. */
  lastNameWithin(span: Span): Mention | undefined;
}

/** Indexes `mentions` (in their list order) of a text of `length` UTF-16 units. */
export function mentionIndex(mentions: readonly Mention[], length: number): MentionIndex {
  // For each character covered by some mention's name, the first such mention: names overlap when
  // they share a character.
  const firstNameAt = new Int32Array(length).fill(-1);
  const namesByStart = new Map<number, number[]>();
  mentions.forEach((m, k) => {
    if (m.name !== null) for (let at = Math.max(0, m.name.start); at < Math.min(length, m.name.end); at++) if (firstNameAt[at] === -1) firstNameAt[at] = k;
    if (m.kind === 'name') namesByStart.set(m.start, [...(namesByStart.get(m.start) ?? []), k]);
  });
  return {
    nameOverlapping(name) {
      let best = -1;
      for (let at = Math.max(0, name.start); at < Math.min(length, name.end); at++) {
        const k = firstNameAt[at] as number;
        if (k !== -1 && (best === -1 || k < best)) best = k;
      }
      return best === -1 ? undefined : mentions[best];
    },
    lastNameWithin(span) {
      let best = -1;
      for (let at = span.start; at < span.end; at++) {
        for (const k of namesByStart.get(at) ?? []) if ((mentions[k] as Mention).end <= span.end && k > best) best = k;
      }
      return best === -1 ? undefined : mentions[best];
    },
  };
}

/**
 * How many mentions back a pronoun or a description looks for the one it stands for: far more than
 * any news article needs (its antecedent is a few sentences back), and a bound on the work of each,
 * which was quadratic in an article of pronouns and no person ("Paris said no. 'Yes,' he said." x 30,000).
 */
export const MAX_ANTECEDENT_DISTANCE = 400;

/**
 * The mentions of `list` that end at or before `offset`, last first — what
 * `list.filter((m) => m.end <= offset).reverse()` gives — at most MAX_ANTECEDENT_DISTANCE of them.
 * When the list is in order of ends (as mentions of names are), the search starts from the last of
 * them instead of the end of the list.
 */
export function mentionsBefore(list: readonly Mention[], offset: number, byEnd: boolean, limit = MAX_ANTECEDENT_DISTANCE): Iterable<Mention> {
  let from = list.length;
  if (byEnd) {
    let lo = 0;
    while (lo < from) {
      const mid = (lo + from) >> 1;
      if ((list[mid] as Mention).end <= offset) lo = mid + 1;
      else from = mid;
    }
  }
  return {
    *[Symbol.iterator]() {
      let given = 0;
      for (let k = from - 1; k >= 0 && given < limit; k--) {
        if ((list[k] as Mention).end > offset) continue;
        given++;
        yield list[k] as Mention;
      }
    },
  };
}

/** Whether the mentions are in order of their ends, so `mentionsBefore` may search. */
export function inOrderOfEnds(list: readonly Mention[]): boolean {
  return list.every((m, k) => k === 0 || (list[k - 1] as Mention).end <= m.end);
}
