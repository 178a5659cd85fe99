/**
 * Stage: speaker resolution. Each quote's speaker mention — a name, a pronoun, or a description such
 * as "the minister", "the Dutch minister" or "the 45-year-old" — is linked to its entity, and says how
 * (`basis`). Pronouns outside quotations (he, him, his, she, her, …) are resolved in text order by
 * salience (salience.ts), so that the subject of the sentence before and the speaker of the last quote
 * come first. A paragraph that is only a quotation continues the speaker of the quotation before.
 */
import type { Doc, Mention, Quote, Span } from '../../doc/document.js';
import type { SpeakerBasis } from '../../doc/record.js';
import { spanAt, tokenAtOrAfter } from '../../text/token-index.js';
import { SpanCover, spanCover } from '../../text/span-cover.js';
import { constituencyOf, mentionFrom } from './noun-phrase.js';
import { inOrderOfEnds, mentionIndex } from './mention-index.js';
import { describes, groupOf, unknownName, weakPerson, type Group } from './groups.js';
import { narrativeRanks, place, Salience } from './salience.js';
import { continueQuotations } from './continued.js';
import { narratorFinder } from './narrator.js';
import { firstSingular } from './vocatives.js';
import { turnLabel } from './labels.js';
import { describedAge, statedAges } from './ages.js';
import { sortByStart, spanKey } from './span-keys.js';
import { firstPersonIn, quoteSpeakers } from './in-quotes.js';
import { reporterEnd } from './reported-subject.js';
import { SpokenOf, speakersFirst } from './spoken-of.js';
import { isUnnamed, unnamedPerson, UnnamedInView } from './unnamed.js';
import { epithetBearer, epithetFits, epithetOf } from './epithets.js';
import { itGoesOn, latestBody, type LastReport } from './it-speaker.js';
import { PERSON_PRONOUNS, addedBy, endsTurn, type LastSpeaker } from './added.js';
import { OFFICE_CHANGERS, authorAfter, bodyFor, demonymsOnly, heldUnnamed, isParty, issuedBy, titledOtherwise } from './descriptions.js';
import { OFFICES, SEATS, TITLE_WORDS, pluralOffice } from '../../lexicon/words.js';
import { ORG_NOUNS_BEFORE, ROLES_ONLY } from '../../lexicon/names.js';
import { whereFrom } from '../entities/name-links.js';
import type { Stage } from '../../pipeline/stage.js';

/** How much a person of unknown gender counts for "he" or "she", against one the article says agrees. */
const UNKNOWN_GENDER = 0.5;

/** How far back, in sentences, a description looks for the person it describes: further than a pronoun, since it says more. */
const DESCRIBED_WINDOW = 8;
// How many times the body "the company" names must outweigh the next one that fits: else it is left unresolved.
const BODY_MARGIN = 2;

// Strictly inside: the offset of a mark itself is not within its quotation.
function inside(spans: SpanCover<Span>, offset: number): boolean {
  return spans.holds(offset - 1, offset + 1);
}

const COLON = 58;

/** One thing to do at a place in the text: weigh a name, or resolve a pronoun or a speaker. */
interface Step {
  at: number;
  mention: Mention;
  quotes: Array<Omit<Quote, 'kind'>>;
  /** Whether one of the quotes is a quotation in quotation marks. */
  direct: boolean;
  /** For a pronoun inside quotation marks, the speaker of its quotation (who is "I" there, not "he"), else undefined. */
  quotedBy?: Mention | null;
}

/** A resolution and how it was made. */
interface Found {
  group: Group | undefined;
  basis: SpeakerBasis;
}

// A comma between a description and the name it describes; what may follow that name (a full stop, a
// comma that closes the apposition, the end of the text), but not "and" or another name.
const APPOSITION_GAP = /^,[ \t]+/;
const CLAUSE_END = /^(?:[.,;!?"”’)]|$|\s*\n)/;


/** Resolves each quote's speaker to an entity, adding pronoun and description mentions to it. */
export function resolveSpeakers(doc: Doc): void {
  const groups = doc.entities.map((entity, index) => groupOf(doc, entity, index));
  const byMention = new Map<Mention, Group>();
  for (const group of groups) for (const m of group.entity.mentions) byMention.set(m, group);
  const inner = doc.quoted.map((q) => q.inner);
  const quoted = spanCover(inner);
  const outsideQuotes = doc.mentions.filter((m) => !inside(quoted, m.start));
  const index = mentionIndex(doc.mentions, doc.text.length);
  const byEnd = inOrderOfEnds(outsideQuotes);
  const salience = new Salience();
  const namesSalience = new Salience(); // names alone, not the pronouns that stand for them
  // The person each mention weighed so far stands for, by where the mention ends: a report's subject.
  const endingAt = new Map<number, Group>();
  const inView = new UnnamedInView();
  // Names that have spoken ("said Walker"): people, whatever their word suggested ("Walker" is also a noun).
  const spoke = new Set<Group>();
  // Names that have spoken by name, people or not: "the company" is most often the company that spoke.
  const namedSpeakers = new Set<Group>();
  const personLike = (g: Group): boolean => spoke.has(g) || (g.entity.type === 'person' && !weakPerson(g));
  // Whether each weak person is a name the text shows acting, asked once per group.
  const unknownNames = new Map<Group, boolean>();
  const unknownNamed = (g: Group): boolean => {
    let known = unknownNames.get(g);
    if (known === undefined) unknownNames.set(g, (known = weakPerson(g) && unknownName(doc, g)));
    return known;
  };
  // doc.quoted is in text order and its spans do not overlap.
  const ranks = narrativeRanks(doc, inner);

  const byName = (speaker: Mention): Group | undefined => {
    // The name mention that covers the speaker's name, not another name in the same phrase.
    const named = index.nameOverlapping(speaker.name ?? speaker);
    return named ? byMention.get(named) : undefined;
  };
  // Who "I" is outside quotation marks, found when the first such speaker asks.
  let narratorAt: ((offset: number, wholeText?: boolean) => Mention | undefined) | undefined;
  const byPronoun = (speaker: Mention, sentence: number, not?: ReadonlySet<Group>): Group | undefined => {
    const words = doc.slice(speaker).toLowerCase();
    if (words === 'it') return latestBody(doc, outsideQuotes, speaker, byEnd, (m) => byMention.get(m));
    const gender = PERSON_PRONOUNS.get(words);
    if (gender === undefined) return undefined;
    // The one who is "I" where the pronoun stands is not "he" or "she" there ("Kendra: Kim couldn't
    // stay, I told you. She had to go home": not Kendra).
    const self = narratorAt?.(speaker.start, false);
    const selfGroup = self === undefined ? undefined : byMention.get(self);
    const one = (g: Group): boolean => personLike(g) && inView.fits(g) && g !== selfGroup && not?.has(g) !== true;
    // A person whose gender the article states outweighs one it does not ("Victoria Wood … Sacha … she").
    const agrees = (g: Group): number => (g.gender === gender ? 1 : g.gender === null ? UNKNOWN_GENDER : 0);
    // "Santa had said he needed to leave": the subject of what a person said or thought is that person.
    const reporter = endingAt.get(reporterEnd(doc, tokenAtOrAfter(doc.tokens, speaker.start)));
    if (reporter !== undefined && one(reporter) && agrees(reporter) > 0) return reporter;
    // No one of that gender in the last sentences: the person the text is about, when the article says
    // that person's gender and no other of it is as often named; else a name no dictionary knows that
    // acts as someone's ("Chao went to …, where he was").
    return salience.best(sentence, (g) => (one(g) ? agrees(g) : 0)) ??
      salience.topic((g) => one(g) && g.gender === gender) ??
      salience.best(sentence, (g) => (g !== selfGroup && not?.has(g) !== true && unknownNamed(g) ? agrees(g) : 0));
  };
  const byNarrator = (speaker: Mention, basis: SpeakerBasis): Found => {
    narratorAt ??= narratorFinder(doc, outsideQuotes, byMention, (offset) => inside(quoted, offset));
    const narrator = narratorAt(speaker.start);
    if (narrator === undefined) return { group: undefined, basis: 'unresolved' };
    const group = byMention.get(narrator);
    // A byline is no person of the story: the speaker is named by it, with no entity.
    if (group === undefined) speaker.antecedent = narrator;
    return { group, basis };
  };
  // The ages the article states of its people, read when a description first gives an age.
  let agesOf: Map<Group, number> | undefined;
  const byDescription = (speaker: Mention, sentence: number): Group | undefined => {
    const words = doc.slice(speaker).toLowerCase();
    // A definite description names someone already introduced: "the minister", "the 45-year-old".
    if (!/^(the|this|that)\s/.test(words)) return undefined;
    const head = speaker.descriptors[speaker.descriptors.length - 1] ?? '';
    const modifiers = speaker.descriptors.slice(0, -1);
    const typed = (group: Group): boolean => (speaker.type === 'person' ? personLike(group) && describes(speaker.descriptors, group) : group.entity.type === speaker.type);
    // "the chancellor" is not the shadow chancellor, nor the former one: such a modifier makes another office.
    const sameOffice = (group: Group): boolean => [...group.descriptors].every((d) => !OFFICE_CHANGERS.has(d) || modifiers.includes(d));
    // "the 74-year-old": the one whose age the article gave as 74 ("Ronnie Barr, 74,"), else anyone of an age.
    const age = describedAge(words);
    if (age !== null) {
      agesOf ??= statedAges(doc, outsideQuotes, byMention);
      const aged = salience.best(sentence, (g) => typed(g) && agesOf?.get(g) === age, DESCRIBED_WINDOW);
      if (aged) return aged;
    }
    const fits = (group: Group, strict: boolean): boolean => typed(group) && sameOffice(group) && (age !== null ? !strict || describedAge(head) !== null || group.descriptors.has(head)
      : group.descriptors.has(head) && (!strict || modifiers.every((d) => group.descriptors.has(d))));
    // "the Hungarian minister" is the minister who is Hungarian, when the article has several ministers.
    const described = salience.best(sentence, (g) => fits(g, true), DESCRIBED_WINDOW) ?? salience.best(sentence, (g) => fits(g, false), DESCRIBED_WINDOW);
    if (described) return described;
    // "Velder said … The firm said": a noun that only a body takes ("the company", "the club", "the
    // airline") names the body most in view — a company, a club, an agency; not a government or a party.
    // One described by the noun ("copy protection firm Macrovision") or one that has spoken counts more;
    // two bodies of about the same weight leave it unresolved.
    if (ORG_NOUNS_BEFORE.has(head) && demonymsOnly(modifiers)) {
      // "the watchdog" is only a body the article called one ("media watchdog Ofcom"), never the firm it watches.
      const others = ROLES_ONLY.has(head) ? 0 : 1;
      return salience.best(sentence, (g) => (bodyFor(head, g, modifiers) ? (g.descriptors.has(head) ? 4 : others) * (namedSpeakers.has(g) ? 2 : 1) : 0), DESCRIBED_WINDOW, BODY_MARGIN);
    }
    // "Labour … the party has confirmed": the party most in view, by the same margin.
    if (head === 'party' && modifiers.length === 0) return salience.best(sentence, isParty, DESCRIBED_WINDOW, BODY_MARGIN);
    const epithet = epithetOf(doc, speaker); // "The double Olympic champion said" (epithets.ts)
    if (epithet) return epithetBearer(namesSalience, sentence, (g) => (personLike(g) || unknownNamed(g) ? epithetFits(doc, epithet, g) : 0));
    // "Gordon Brown has issued a rallying cry. The chancellor said …": an office held by the person just
    // mentioned, when no one else is described by it and the article gave them no other office
    // ("Opposition leader Maria Berg wrote … The chancellor said"); only the sentence before is looked at.
    if (speaker.type !== 'person' || !OFFICES.has(head) || heldUnnamed(doc, speaker, head, modifiers, (at) => inside(quoted, at))) return undefined;
    return salience.best(sentence, (g) => typed(g) && sameOffice(g) && ![...g.descriptors].some((d) => OFFICES.has(d) && !SEATS.has(d) && d !== head) && !titledOtherwise(doc, g, head), 1);
  };
  // The speaker of the quotation around an offset, indexed when the first pronoun or name inside one asks.
  let speakerAround: SpanCover<Mention | null> | undefined;
  // The person named after a description and a comma, when the name closes the clause ("said EEF
  // chief economist, Steve Radley." or "…, Steve Radley, said"), not one of a list ("Tom, Ann and Joe").
  const apposition = (speaker: Mention): Group | undefined => {
    const gap = APPOSITION_GAP.exec(doc.text.slice(speaker.end, speaker.end + 4));
    if (gap === null) return undefined;
    let k = tokenAtOrAfter(doc.tokens, speaker.end + gap[0].length);
    while (TITLE_WORDS.has(doc.tokens[k]?.lower ?? '')) k++; // "…, Professor Robin Lovell-Badge, said"
    const at = doc.tokens[k]?.start ?? -1;
    const named = index.nameOverlapping({ start: at, end: at + 1 });
    if (named === undefined || (named.name ?? named).start !== at || !CLAUSE_END.test(doc.text.slice(named.end, named.end + 2))) return undefined;
    // "According to the report, Intifada, Closures and …": a name that opens what is said is none.
    speakerAround ??= quoteSpeakers(doc);
    if (speakerAround.holds(named.start, named.end)) return undefined;
    const group = byMention.get(named);
    return group?.entity.type === 'person' ? group : undefined;
  };
  const resolve = (speaker: Mention, sentence: number, spokenOf?: ReadonlySet<Group>): Found => {
    if (speaker.antecedent) return resolve(speaker.antecedent, sentence);
    // "A: I never said that": a transcript's label speaks for the interviewee, "Q:" for no one named.
    if (doc.text.charCodeAt(speaker.end) === COLON) {
      const first = tokenAtOrAfter(doc.tokens, speaker.start);
      if (doc.tokens[first]?.end === speaker.end && turnLabel(doc, first) !== null) return byNarrator(speaker, 'role');
    }
    if (speaker.kind === 'name') {
      // "said Seth Heine from RIPMobile", "Ola Brun at Velder", "analyst Mike Lund of Velder Bank": a
      // person's name, then where the person comes from.
      const at = (speaker.name ?? speaker).start;
      const opening = index.nameOverlapping({ start: at, end: at + 1 });
      const from = opening !== undefined && opening.end < speaker.end && whereFrom(doc, opening) ? byMention.get(opening) : undefined;
      if (from?.entity.type === 'person') return { group: from, basis: 'named' };
      // "Commission for Racial Equality chairman Trevor Phillips": a title chain ends in the person who speaks.
      const last = index.lastNameWithin({ start: speaker.start + 1, end: speaker.end });
      const titled = last !== undefined && last.end === speaker.end ? byMention.get(last) : undefined;
      if (titled?.entity.type === 'person') return { group: titled, basis: 'named' };
      // A capitalised word that no entity holds was no name ("Speculation suggests that …"): its words
      // stay, unresolved, never a name presented as found.
      const group = byName(speaker);
      // "said the American", "the Argentine said": a nationality that speaks is a person, not the country.
      if ((group === undefined || group.entity.type === 'country') && epithetOf(doc, speaker)) return resolve({ ...speaker, kind: 'nominal' }, sentence);
      return { group, basis: group === undefined ? 'unresolved' : 'named' };
    }
    // "said EEF chief economist, Steve Radley.": a description, a comma and the name of the person it describes.
    const apposed = speaker.kind === 'nominal' && speaker.type === 'person' ? apposition(speaker) : undefined;
    if (apposed) return { group: apposed, basis: 'named' };
    // "UK Chancellor of the Exchequer Gordon Brown": a description that holds a person's name.
    const within = index.lastNameWithin(speaker);
    // "Mr Blair's spokesman" holds a name, but the speaker is the one it possesses, not its owner.
    const owner = within !== undefined && /^\s*['’]s\b/.test(doc.text.slice(within.end, within.end + 4));
    const named = within && !owner && !constituencyOf(doc, speaker, within) ? byMention.get(within) : undefined;
    if (named && named.entity.type === 'person') return { group: named, basis: 'named' };
    // But "Velcor's statement said", "the NAO report said": what a name issued speaks for it.
    if (within !== undefined && issuedBy(doc, within, speaker)) {
      const issuer = byMention.get(within);
      if (issuer !== undefined) return { group: issuer, basis: 'named' };
    }
    // "The report by the Velder Commission said": the author of what it issued, the last name of one author.
    const by = speaker.kind === 'nominal' ? authorAfter(doc, speaker) : null;
    const author = by === null ? undefined : index.lastNameWithin(by);
    const authors = author === undefined || author.end !== by?.end ? undefined : byMention.get(author);
    if (authors !== undefined) return { group: authors, basis: 'named' };
    // "I" or "me" outside quotation marks.
    if (speaker.kind === 'pronoun' && firstSingular(doc, speaker) && !inside(quoted, speaker.start)) return byNarrator(speaker, 'pronoun');
    const group = speaker.kind === 'pronoun' ? byPronoun(speaker, sentence, spokenOf) : byDescription(speaker, sentence);
    return { group, basis: group === undefined ? 'unresolved' : speaker.kind === 'pronoun' ? 'pronoun' : 'nominal' };
  };

  // The people a pronoun's report names, who are not the pronoun (spoken-of.ts).
  const spokenOf = new SpokenOf(doc, byMention);

  // Everything in text order: names weigh, pronouns and speakers are resolved against what came before.
  const steps: Step[] = [];
  const stepOf = new Map<Mention, Step>();
  const addStep = (mention: Mention): Step => {
    let step = stepOf.get(mention);
    if (!step) {
      step = { at: mention.start, mention, quotes: [], direct: false };
      stepOf.set(mention, step);
      steps.push(step);
    }
    return step;
  };
  for (const m of outsideQuotes) if (m.kind === 'name' && byMention.has(m)) addStep(m);
  for (const quote of doc.quotes) {
    if (!quote.speaker) continue;
    const step = addStep(quote.speaker);
    step.quotes.push(quote);
    if (quote.kind === 'direct') step.direct = true;
  }
  for (const quote of doc.attributions) if (quote.speaker) addStep(quote.speaker).quotes.push(quote);
  // By span: "His" in the speaker "His friends" is a mention of its own.
  // Keyed as numbers: a pronoun's span is short, so start and length make a unique key.
  const key = (m: Span): number => m.start * 64 + Math.min(63, m.end - m.start);
  const taken = new Set<number>();
  for (const e of doc.entities) for (const m of e.mentions) taken.add(key(m));
  for (const step of steps) taken.add(key(step.mention));
  doc.tokens.forEach((t, k) => {
    // "His" may be tagged a determiner: the word, not its tag, says it stands for a person.
    if ((t.pos !== 'PRON' && t.pos !== 'DET') || !PERSON_PRONOUNS.has(t.lower) || taken.has(key(t))) return;
    const step: Step = { at: t.start, mention: mentionFrom(doc, { first: k, last: k }), quotes: [], direct: false };
    // '"She had spectacular vision," Zenghelis said': inside quotation marks "she" is someone the
    // speaker speaks of, never the speaker, who is "I" there.
    // The whole word: a quotation's first word starts where its marks' inner span does ('"She had').
    if (quoted.holds(t.start, t.end)) {
      speakerAround ??= quoteSpeakers(doc);
      step.quotedBy = speakerAround.holding(t.start, t.end).next().value ?? null;
    }
    steps.push(step);
  });
  steps.sort((a, b) => a.at - b.at);

  // The spans each entity has a mention at, kept as mentions are added: a scan of its mentions per
  // quote is quadratic in an article quoting one person thousands of times.
  const spansOf = new Map<Group, Set<number | string>>();
  const hasSpan = (group: Group, m: Span): boolean => {
    let spans = spansOf.get(group);
    if (!spans) spansOf.set(group, (spans = new Set(group.entity.mentions.map(spanKey))));
    return spans.has(spanKey(m));
  };
  const add = (group: Group, m: Mention): void => {
    group.entity.mentions.push(m);
    spansOf.get(group)?.add(spanKey(m));
  };
  const speakers = new Map<Mention, Group>();
  // The last direct quotation's speaker and paragraph, while no other person has been named or meant since.
  let lastSpeaker: LastSpeaker | undefined;
  let lastReport: LastReport | undefined;
  // A "he" or "she" inside a quotation whose speaker is a "he" or "she" after it waits for that speaker.
  for (const step of speakersFirst(steps)) {
    const { mention, quotes } = step;
    const where = place(doc, mention, quotes.length > 0, ranks);
    const known = byMention.get(mention);
    if (known && quotes.length === 0) {
      salience.add(known, where);
      namesSalience.add(known, where);
      endingAt.set(mention.end, known);
      if (known.entity.type === 'person') inView.named(mention);
      if (known !== lastSpeaker?.group && personLike(known)) lastSpeaker = undefined;
      continue;
    }
    if (step.quotedBy !== undefined) {
      const by = step.quotedBy === null ? undefined : (byMention.get(step.quotedBy) ?? speakers.get(step.quotedBy) ?? (step.quotedBy.kind === 'name' ? byName(step.quotedBy) : undefined));
      const group = byPronoun(mention, where.sentence, by === undefined ? undefined : new Set([by]));
      // One found after its speaker weighs no more: it came before what the speaker's "he" was resolved on.
      const late = by !== undefined && step.quotedBy?.kind === 'pronoun' && step.quotedBy.start > step.at;
      if (group && isUnnamed(group)) salience.add(group, where);
      else if (group) {
        if (!late) salience.add(group, where);
        endingAt.set(mention.end, group);
        group.gender ??= PERSON_PRONOUNS.get(doc.slice(mention).toLowerCase()) ?? null;
        add(group, mention);
      }
      continue;
    }
    const added = quotes.length > 0 && lastSpeaker !== undefined ? addedBy(doc, mention, lastSpeaker) : undefined;
    // "Diageo said it expects … It said …": "it" goes on with a body's report (it-speaker.ts).
    const goesOn = quotes.length > 0 ? itGoesOn(doc, mention, lastReport, where.sentence) : undefined;
    if (goesOn !== undefined && goesOn.group === undefined) mention.antecedent = goesOn.mention.antecedent ?? goesOn.mention;
    const { group, basis } = goesOn ? { group: goesOn.group, basis: goesOn.group ? ('pronoun' as const) : ('unresolved' as const) } : added ? { group: added, basis: 'pronoun' as const } : known && mention.entity !== null ? { group: known, basis: 'named' as const } : resolve(mention, where.sentence, mention.kind === 'pronoun' && quotes.length > 0 ? spokenOf.of(mention, quotes, step.direct) : undefined);
    if (quotes.length > 0) lastReport = { mention, group, sentence: where.sentence };
    // A person described and never named stays in view, and a pronoun that stands for them unresolved (unnamed.ts).
    const unnamed = group === undefined ? (quotes.length > 0 ? unnamedPerson(doc, mention) : undefined) : isUnnamed(group) ? group : undefined;
    if (unnamed !== undefined) {
      if (mention.kind === 'pronoun') mention.antecedent = unnamed.described;
      for (const quote of quotes) quote.basis = 'unresolved';
      salience.add(unnamed, where);
      inView.meant(unnamed, quotes);
      endingAt.set(mention.end, unnamed);
      lastSpeaker = undefined;
      continue;
    }
    for (const quote of quotes) quote.basis = basis;
    if (group !== lastSpeaker?.group && endsTurn(doc, mention, group)) lastSpeaker = undefined;
    // Only a quotation in quotation marks: "Mr Mallon's claim that …" is no turn that "he said" goes on.
    if (group && step.direct) lastSpeaker = { group, paragraph: spanAt(doc.paragraphs, mention.start) };
    if (!group) continue;
    salience.add(group, where);
    endingAt.set(mention.end, group);
    if (quotes.length > 0 && basis === 'named') namedSpeakers.add(group);
    if (basis === 'named') namesSalience.add(group, where);
    // "Republican Senators … said": a group named by an office that spoke is still no "he" or "she".
    // Nor is one that spoke through "which" ("Velcor released figures which showed …"): English keeps it for things.
    if (quotes.length > 0 && basis === 'named' && group.entity.type !== 'country' && group.entity.type !== 'organization' && !pluralOffice(group.entity.name.toLowerCase()) && doc.slice(mention).toLowerCase() !== 'which') spoke.add(group);
    // "The chancellor said": what a description said of its person describes them from now on.
    if (mention.kind === 'nominal') for (const d of mention.descriptors) group.descriptors.add(d);
    const gender = PERSON_PRONOUNS.get(doc.slice(mention).toLowerCase());
    // A pronoun tells its person's gender to the pronouns after it.
    if (group.gender === null && gender !== undefined) group.gender = gender;
    if (quotes.length > 0) speakers.set(mention, group);
    // One mention per span: a speaker named by a name mention is that mention already.
    if (!hasSpan(group, mention)) add(group, mention);
    // "I" and "we" inside the quoted words are the speaker.
    for (const quote of quotes) for (const first of firstPersonIn(doc, quote.spans)) add(group, first);
  }
  for (const group of groups) {
    sortByStart(group.entity.mentions);
    for (const m of group.entity.mentions) m.entity = group.index;
    if (group.entity.type === 'person') group.entity.gender = group.gender;
  }
  for (const [speaker, group] of speakers) speaker.entity = group.index;
  continueQuotations(doc);
}

/** Links speakers to entities. */
export const speakersStage: Stage = {
  name: 'speakers',
  reads: ['tokens', 'quoted', 'mentions', 'quotes', 'attributions', 'entities', 'paragraphs'],
  writes: ['entities'],
  run(doc: Doc) {
    resolveSpeakers(doc);
  },
};
