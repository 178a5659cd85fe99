/**
 * The people a quotation names: who the speaker speaks of in the third person, and so is not the "he"
 * or "she" who says it ('"Ken doesn't think he's got anything to say sorry for," he said' is not Ken's).
 * A speaker is "I" in the own quotation; a name there is someone else. So in reported speech: in 'Tony
 * Blair would lead the campaign, he said' and 'he said Mr Blair had failed', "he" is not Blair, as the
 * name lies within what "he" says.
 */
import type { Doc, Mention, Quote, Span } from '../../doc/document.js';
import { RELATIVE_PRONOUNS, SUBORDINATORS } from '../../lexicon/words.js';
import { spanAt } from '../../text/token-index.js';
import { sortByStart } from './span-keys.js';
import type { Group } from './groups.js';

const LAST_WORD = /([A-Za-z]+)[\s,]*$/;

/**
 * The spans of a report that hold what its speaker says: all of them, but not a part before a cue set
 * off after a relative pronoun or a subordinator ('Howard has no doubt it is Blair who, he claims, is
 * ramming it through', 'Churchill dropped ID cards since, he said, …'): what is said starts there, and
 * a name before it is outside it. Only a speech cue's report, or a quotation in marks: what one plans
 * or tries ('After he tried to void the contract, Norton's fortune faded') has no clear end.
 */
export function reportSpans(text: string, speaker: Span, quote: Omit<Quote, 'kind'>, direct: boolean): Span[] {
  if (!direct && quote.cue?.kind !== 'speech') return [];
  return quote.spans.filter((span) => {
    if (span.end > speaker.start) return true;
    const last = LAST_WORD.exec(text.slice(Math.max(span.start, speaker.start - 24), speaker.start))?.[1]?.toLowerCase() ?? '';
    return !RELATIVE_PRONOUNS.has(last) && !SUBORDINATORS.has(last);
  });
}

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

/**
 * The people a speaker's report names, who are not its "he" or "she", within the cue's paragraph: a
 * paragraph that continues the quotation may be where the speaker names himself ("If the teenage
 * Michael Howard …").
 */
export class SpokenOf {
  private names: Mention[] | undefined;

  constructor(private readonly doc: Doc, private readonly byMention: ReadonlyMap<Mention, Group>) {}

  /** The people named in `quotes`, which the pronoun `speaker` cues (`direct`: in quotation marks). */
  of(speaker: Mention, quotes: ReadonlyArray<Omit<Quote, 'kind'>>, direct: boolean): Set<Group> {
    const { doc, byMention } = this;
    if (this.names === undefined) sortByStart((this.names = doc.mentions.filter((m) => m.kind === 'name' && byMention.has(m))));
    const paragraph = doc.paragraphs[spanAt(doc.paragraphs, speaker.start)] ?? speaker;
    const out = new Set<Group>();
    for (const quote of quotes) {
      for (const m of namedWithin(this.names, reportSpans(doc.text, speaker, quote, direct))) if (m.start >= paragraph.start && m.end <= paragraph.end) out.add(byMention.get(m) as Group);
    }
    return out;
  }
}

/** A step of resolution in text order: a mention, and for a pronoun inside a quotation, its quotation's speaker. */
interface Ordered {
  at: number;
  mention: Mention;
  quotedBy?: Mention | null;
}

/**
 * The steps in text order, but a "he" or "she" inside a quotation whose speaker is a pronoun after it
 * comes right after that speaker ('"He's a tough player," he said': the speaker is found first, from
 * what came before the quotation, and the quoted "he" is then someone else).
 */
export function speakersFirst<T extends Ordered>(steps: readonly T[]): T[] {
  const waiting = new Map<Mention, T[]>();
  const out: T[] = [];
  for (const step of steps) {
    const speaker = step.quotedBy;
    if (speaker?.kind === 'pronoun' && speaker.start > step.at) {
      const list = waiting.get(speaker);
      if (list === undefined) waiting.set(speaker, [step]);
      else list.push(step);
      continue;
    }
    out.push(step);
    const after = waiting.get(step.mention);
    if (after !== undefined) {
      out.push(...after);
      waiting.delete(step.mention);
    }
  }
  for (const rest of waiting.values()) out.push(...rest);
  return out;
}
