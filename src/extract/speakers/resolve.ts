/**
 * Stage: entities and speaker resolution. Name mentions are grouped into entities (a surname or a
 * shorter form joins the fullest name of the same person); each quote's speaker mention — a name,
 * a pronoun, or a description such as "the minister" or "the 45-year-old" — is linked to its entity.
 */
import type { Doc, Entity, Mention, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { mentionFrom } from './noun-phrase.js';
import { HONORIFICS } from '../../lexicon/words.js';
import type { Stage } from '../../pipeline/stage.js';

const FEMALE = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'madam', 'queen', 'princess', 'sister', 'mme']);
const MALE = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'herr']);

interface Group {
  entity: Entity;
  words: string[];
  descriptors: Set<string>;
  gender: 'female' | 'male' | null;
  lastMention: number;
}

/** The words of a name, lower-cased and without diacritics or honorifics. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w !== '' && !HONORIFICS.has(w));
}

function contains(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.every((w) => longer.includes(w));
}

function genderOf(descriptors: readonly string[], text: string): Group['gender'] {
  const words = [...descriptors, ...text.toLowerCase().split(/\s+/)];
  if (words.some((w) => FEMALE.has(w) || w === 'spokeswoman' || w === 'chairwoman')) return 'female';
  if (words.some((w) => MALE.has(w) || w === 'spokesman' || w === 'chairman')) return 'male';
  return null;
}

function inside(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => s.start < offset && offset < s.end);
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);

/** First-person pronouns inside the quotation marks of a quote's spans. */
function firstPersonIn(doc: Doc, spans: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  for (const quoted of doc.quoted) {
    if (!spans.some((s) => s.start <= quoted.start && quoted.end <= s.end)) continue;
    for (let k = tokenAtOrAfter(doc.tokens, quoted.inner.start); k < doc.tokens.length; k++) {
      const t = doc.tokens[k] as Token;
      if (t.end > quoted.inner.end) break;
      if (t.pos === 'PRON' && FIRST_PERSON.has(t.lower)) out.push(mentionFrom(doc, { first: k, last: k }));
    }
  }
  return out;
}

/** Groups name mentions into entities and resolves each speaker to one. */
export function resolveEntities(doc: Doc): Entity[] {
  const groups: Group[] = [];
  const byMention = new Map<Mention, Group>();
  for (const mention of doc.mentions) {
    const text = doc.slice(mention.name ?? mention);
    const words = nameWords(text);
    if (words.length === 0) continue;
    const last = words[words.length - 1];
    let match: Group | undefined;
    for (let g = groups.length - 1; g >= 0 && !match; g--) {
      const group = groups[g] as Group;
      if (group.entity.type !== mention.type) continue;
      const sameSurname = mention.type !== 'person' || group.words[group.words.length - 1] === last || words.length === 1;
      if (sameSurname && (contains(group.words, words) || contains(words, group.words))) match = group;
    }
    if (!match) {
      match = { entity: { name: text, type: mention.type, mentions: [] }, words, descriptors: new Set(), gender: null, lastMention: 0 };
      groups.push(match);
    } else if (words.length > match.words.length) {
      match.words = words;
      match.entity.name = text;
    }
    match.entity.mentions.push(mention);
    for (const d of mention.descriptors) match.descriptors.add(d);
    match.gender ??= genderOf(mention.descriptors, doc.slice(mention));
    match.lastMention = mention.start;
    byMention.set(mention, match);
  }
  const quoted = doc.quoted.map((q) => q.inner);
  const outsideQuotes = doc.mentions.filter((m) => !inside(quoted, m.start));
  const resolve = (speaker: Mention): Group | undefined => {
    if (speaker.antecedent) return resolve(speaker.antecedent);
    if (speaker.kind === 'name') {
      // The name mention that covers the speaker's name, not another name in the same phrase.
      const name = speaker.name ?? speaker;
      const named = doc.mentions.find((m) => m.name !== null && m.name.start < name.end && name.start < m.name.end);
      return named ? byMention.get(named) : undefined;
    }
    const before = outsideQuotes.filter((m) => m.end <= speaker.start).reverse();
    const words = doc.slice(speaker).toLowerCase();
    if (speaker.kind === 'pronoun') {
      const wanted = words === 'it' ? 'organization' : 'person';
      if (words === 'they' || words === 'we' || words === 'you') return undefined;
      const gender = words === 'she' ? 'female' : words === 'he' ? 'male' : null;
      for (const m of before) {
        const group = byMention.get(m);
        if (!group || group.entity.type !== wanted) continue;
        // A lone capitalised word with no title is too weak an antecedent ("Critics", "Britain").
        if (wanted === 'person' && group.words.length < 2 && group.descriptors.size === 0 && group.gender === null) continue;
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
  const speakers = new Map<Mention, Group>();
  for (const quote of [...doc.quotes, ...doc.attributions]) {
    const speaker = quote.speaker;
    if (!speaker || speaker.entity !== null) continue;
    const group = resolve(speaker);
    if (!group) continue;
    speakers.set(speaker, group);
    // One mention per span: a speaker named by a name mention is that mention already.
    const same = group.entity.mentions.some((m) => m.start === speaker.start && m.end === speaker.end);
    if (!same) group.entity.mentions.push(speaker);
    // "I" and "we" inside the quoted words are the speaker.
    for (const mention of firstPersonIn(doc, quote.spans)) group.entity.mentions.push(mention);
  }
  const entities = groups.map((g) => g.entity);
  entities.forEach((entity, index) => {
    entity.mentions.sort((a, b) => a.start - b.start);
    for (const m of entity.mentions) m.entity = index;
  });
  for (const [speaker, group] of speakers) speaker.entity = groups.indexOf(group);
  return entities;
}

/** Builds entities and links speakers to them. */
export const speakersStage: Stage = {
  name: 'speakers',
  reads: ['tokens', 'quoted', 'mentions', 'quotes', 'attributions'],
  writes: ['entities'],
  run(doc: Doc) {
    doc.entities = resolveEntities(doc);
  },
};
