/**
 * Stage: speaker resolution. Each quote's speaker mention — a name, a pronoun, or a description such
 * as "the minister", "the Dutch minister" or "the 45-year-old" — is linked to its entity.
 */
import type { Doc, Entity, Mention, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { SpanCover, spanCover } from '../../text/span-cover.js';
import { mentionFrom } from './noun-phrase.js';
import { inOrderOfEnds, mentionIndex, mentionsBefore } from './mention-index.js';
import { nameWords } from '../../text/fold.js';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES, OFFICES } from '../../lexicon/words.js';
import { knownWords } from '../../text/02-tokens.js';
import { givenName } from '../../lexicon/names.js';
import type { Stage } from '../../pipeline/stage.js';


/** What the speaker resolution knows of an entity: its name's words, descriptors and gender. */
interface Group {
  entity: Entity;
  index: number;
  words: string[];
  descriptors: Set<string>;
  gender: 'female' | 'male' | null;
}

function genderOf(descriptors: readonly string[], text: string): Group['gender'] {
  const words = [...descriptors, ...text.toLowerCase().split(/\s+/)];
  if (words.some((w) => FEMALE_TITLES.has(w) || w === 'spokeswoman' || w === 'chairwoman')) return 'female';
  if (words.some((w) => MALE_TITLES.has(w) || w === 'spokesman' || w === 'chairman')) return 'male';
  return null;
}

// Strictly inside: the offset of a mark itself is not within its quotation.
function inside(spans: SpanCover<Span>, offset: number): boolean {
  return spans.holds(offset - 1, offset + 1);
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);

/** First-person pronouns inside the quotation marks of a quote's spans. */
function firstPersonIn(doc: Doc, spans: readonly Span[], byStart: ReadonlyMap<number, number[]>): Mention[] {
  const out: Mention[] = [];
  // The quoted stretches within the spans, found from their starts and taken in the document's order.
  const within: number[] = [];
  for (const s of spans) {
    for (let at = s.start; at < s.end; at++) {
      for (const index of byStart.get(at) ?? []) if ((doc.quoted[index] as Span).end <= s.end) within.push(index);
    }
  }
  for (const index of [...new Set(within)].sort((a, b) => a - b)) {
    const quoted = doc.quoted[index] as (typeof doc.quoted)[number];
    for (let k = tokenAtOrAfter(doc.tokens, quoted.inner.start); k < doc.tokens.length; k++) {
      const t = doc.tokens[k] as Token;
      if (t.end > quoted.inner.end) break;
      if (t.pos === 'PRON' && FIRST_PERSON.has(t.lower)) out.push(mentionFrom(doc, { first: k, last: k }));
    }
  }
  return out;
}

function groupOf(doc: Doc, entity: Entity, index: number): Group {
  const descriptors = new Set<string>();
  let gender: Group['gender'] = null;
  for (const m of entity.mentions) {
    for (const d of m.descriptors) descriptors.add(d);
    gender ??= genderOf(m.descriptors, doc.slice(m));
  }
  if (gender === null && entity.type === 'person') {
    const first = givenName(entity.name.split(/\s+/)[0] ?? '');
    if (first === 'female' || first === 'male') gender = first;
  }
  return { entity, index, words: nameWords(entity.name), descriptors, gender };
}

// Whether a one-word group is an ordinary English word ("Open", "Conference") with no title.
function ordinaryWord(group: Group): boolean {
  const word = group.words[0];
  if (word === undefined || [...group.descriptors].some((d) => OFFICES.has(d) || HONORIFICS.has(d))) return false;
  return knownWords([word]).has(word);
}

/** Resolves each quote's speaker to an entity, adding pronoun and description mentions to it. */
export function resolveSpeakers(doc: Doc): void {
  const groups = doc.entities.map((entity, index) => groupOf(doc, entity, index));
  const byMention = new Map<Mention, Group>();
  for (const group of groups) for (const m of group.entity.mentions) byMention.set(m, group);
  const quoted = spanCover(doc.quoted.map((q) => q.inner));
  const outsideQuotes = doc.mentions.filter((m) => !inside(quoted, m.start));
  const index = mentionIndex(doc.mentions, doc.text.length);
  const byEnd = inOrderOfEnds(outsideQuotes);
  const resolve = (speaker: Mention): Group | undefined => {
    if (speaker.antecedent) return resolve(speaker.antecedent);
    if (speaker.kind === 'name') {
      // The name mention that covers the speaker's name, not another name in the same phrase.
      const named = index.nameOverlapping(speaker.name ?? speaker);
      return named ? byMention.get(named) : undefined;
    }
    // "UK Chancellor of the Exchequer Gordon Brown": a description that holds a person's name.
    const within = index.lastNameWithin(speaker);
    const named = within ? byMention.get(within) : undefined;
    if (named && named.entity.type === 'person') return named;
    const before = mentionsBefore(outsideQuotes, speaker.start, byEnd);
    const words = doc.slice(speaker).toLowerCase();
    if (speaker.kind === 'pronoun') {
      const wanted = words === 'it' ? 'organization' : 'person';
      if (words === 'they' || words === 'we' || words === 'you') return undefined;
      const gender = words === 'she' ? 'female' : words === 'he' ? 'male' : null;
      for (const m of before) {
        const group = byMention.get(m);
        if (!group || group.entity.type !== wanted) continue;
        // A lone capitalised word with no title is too weak an antecedent ("Critics", "Britain"), and an
        // ordinary word is one even with a description ("the Australian Open champion").
        if (wanted === 'person' && group.words.length < 2 && ((group.descriptors.size === 0 && group.gender === null) || ordinaryWord(group))) continue;
        if (gender && group.gender && group.gender !== gender) continue;
        return group;
      }
      return undefined;
    }
    // A definite description names someone already introduced: "the minister", "the 45-year-old".
    if (!/^(the|this|that)\s/.test(words)) return undefined;
    const head = speaker.descriptors[speaker.descriptors.length - 1] ?? '';
    const modifiers = speaker.descriptors.slice(0, -1);
    const fits = (group: Group, strict: boolean): boolean =>
      /year-old$/.test(head) || (group.descriptors.has(head) && (!strict || modifiers.every((d) => group.descriptors.has(d))));
    // "the Hungarian minister" is the minister who is Hungarian, when the article has several ministers.
    for (const strict of [true, false]) {
      for (const m of before) {
        const group = byMention.get(m);
        if (group && group.entity.type === speaker.type && fits(group, strict)) return group;
      }
    }
    return undefined;
  };
  const quotedByStart = new Map<number, number[]>();
  doc.quoted.forEach((q, k) => quotedByStart.set(q.start, [...(quotedByStart.get(q.start) ?? []), k]));
  const speakers = new Map<Mention, Group>();
  // The spans each entity has a mention at, kept as mentions are added: a scan of its mentions per
  // quote is quadratic in an article quoting one person thousands of times.
  const spansOf = new Map<Group, Set<string>>();
  const hasSpan = (group: Group, m: Span): boolean => {
    let spans = spansOf.get(group);
    if (!spans) spansOf.set(group, (spans = new Set(group.entity.mentions.map((n) => `${n.start}:${n.end}`))));
    return spans.has(`${m.start}:${m.end}`);
  };
  const add = (group: Group, m: Mention): void => {
    group.entity.mentions.push(m);
    spansOf.get(group)?.add(`${m.start}:${m.end}`);
  };
  for (const quote of [...doc.quotes, ...doc.attributions]) {
    const speaker = quote.speaker;
    if (!speaker || speaker.entity !== null) continue;
    const group = resolve(speaker);
    if (!group) continue;
    speakers.set(speaker, group);
    // One mention per span: a speaker named by a name mention is that mention already.
    if (!hasSpan(group, speaker)) add(group, speaker);
    // "I" and "we" inside the quoted words are the speaker.
    for (const mention of firstPersonIn(doc, quote.spans, quotedByStart)) add(group, mention);
  }
  // "She did not rule out a visit": he and she outside quotations are mentions of the person they stand for.
  const taken = new Set(doc.entities.flatMap((e) => e.mentions.map((m) => m.start)));
  for (const quote of [...doc.quotes, ...doc.attributions]) if (quote.speaker) taken.add(quote.speaker.start);
  doc.tokens.forEach((t, k) => {
    if (t.pos !== 'PRON' || (t.lower !== 'he' && t.lower !== 'she') || taken.has(t.start) || inside(quoted, t.start)) return;
    const pronoun = mentionFrom(doc, { first: k, last: k });
    const group = resolve(pronoun);
    if (group) group.entity.mentions.push(pronoun);
  });
  for (const group of groups) {
    group.entity.mentions.sort((a, b) => a.start - b.start);
    for (const m of group.entity.mentions) m.entity = group.index;
  }
  for (const [speaker, group] of speakers) speaker.entity = group.index;
}

/** Links speakers to entities. */
export const speakersStage: Stage = {
  name: 'speakers',
  reads: ['tokens', 'quoted', 'mentions', 'quotes', 'attributions', 'entities'],
  writes: ['entities'],
  run(doc: Doc) {
    resolveSpeakers(doc);
  },
};
