/**
 * Stage: events between the actors of each sentence. Each pair of neighbouring actor mentions is
 * coded with the sentence coder, and kept where an event may stand between them in running text
 * (placement.ts: "Berg met Lee", "Berg and Lee met", "a meeting between Berg and Lee"), which also
 * says which way it points ("Lee was invited by Berg"). An actor listed with the second one shares
 * its event ("Berg met Lee and Kerr": two events). No event links an actor that is a setting ("met
 * in Geneva"); in a sentence about a match or a prize, contest words name none (contest.ts).
 *
 * One event per interaction: an event with the same category, mode, source and target entities,
 * negation and modality as an earlier one in the article is the same interaction told again, and is
 * kept once, at its first mention.
 */
import type { Doc, Event, Mention, Token } from '../../doc/document.js';
import type { ActorKind } from '../../doc/record.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import { AIMED_AT, LENDERS } from '../../lexicon/plover.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenBefore, tokensIn } from '../../text/token-index.js';
import { findTriggers, type Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';
import { coordinated } from './03-select.js';
import { actorsBySentence, quoteAt, type ActorMention } from './actors.js';
import { candidateEvent, qualifyCandidate, type CodedEvent } from './code.js';
import { sportArticle, withoutContests } from './contest.js';
import { actorKind, politicalKind } from './kind.js';
import { disputeOfWords, takeoverOfBody } from './dispute.js';
import { judgement } from './judgement.js';
import { attributive, partyFollowing, possessorOfRelation } from './modifier.js';
import { flipped, joinedByWord, placed } from './placement.js';
import { privateDealing } from './private.js';
import { courtOfDispute, interview, tourOfPremises } from './interview.js';
import { toldInWork } from './fiction.js';
import { ownSide } from './own-side.js';
import { concededPraise } from './concession.js';
import { rebuttedClaim } from './rebuttal.js';
import { codedRequest, requestsByNoun } from './request-noun.js';
import { tripForBusiness } from './business-trip.js';

// Where an act is done, or through what: "met in Geneva", "an appeal to the kidnappers via Al-Jazeera".
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'inside', 'outside', 'across', 'throughout', 'within', 'via']);

/**
 * Whether an actor is a setting, neither source nor target: a country or an organisation after a
 * preposition of place or means ("met in Geneva", "a credit union in Mozambique before chairing a
 * meeting", "an appeal via the Velan channel"; not a person: "interested in Lee opposing Kerr"; nor one an
 * act is aimed at: "hit out at the Commission").
 */
function setting(doc: Doc, actor: ActorMention, range: TokenRange): boolean {
  // "shot in the UK": a determiner may stand between the preposition and the name.
  const before = tokenBefore(doc.tokens, range.first, 1)?.pos === 'DET' ? range.first - 2 : range.first - 1;
  const preposition = doc.tokens[before]?.lower ?? '';
  // "lashed out at Labour", "a swipe at the Commission": "at" names whom the act is aimed at.
  if (preposition === 'at' && AIMED_AT.has(doc.tokens[before - 1]?.lower ?? '')) return false;
  return doc.entities[actor.entity]?.type !== 'person' && PLACE_PREPOSITIONS.has(preposition);
}

/**
 * Whether a country's or a party's name only says where or whose the noun after it is ("the Iraq
 * war", "a US drama", "the US insurance industry", "BNP voters", "Labour supporters"), or a court's
 * where a dispute is fought ("a High Court battle"): no party to an event, as a setting is not (see
 * modifier.ts; "Labour MPs", "Tory plans" stand for the party); nor a person whose kin is meant ("Lucy's mother").
 */
function placeModifier(doc: Doc, actor: ActorMention, range: TokenRange, triggers: readonly Trigger[]): boolean {
  const entity = doc.entities[actor.entity];
  if (entity?.type === 'person') return possessorOfRelation(doc.tokens, range);
  if (entity === undefined || (entity.type !== 'country' && entity.type !== 'organization')) return false;
  if (courtOfDispute(doc, entity, range, triggers)) return true;
  if (entity.type === 'country') return attributive(doc.tokens, range, triggers);
  return actorKind(doc, entity) === 'party' && (partyFollowing(doc.tokens, range) || attributive(doc.tokens, range, triggers));
}

/**
 * Whether actor i is one part of a firm's name whose parts were read as two actors joined by "&"
 * ("Ernst & Young", "Marks & Spencer"): a part names no one ("the Securities & Exchange Commission",
 * read as one actor, stays).
 */
function firmPart(tokens: readonly Token[], ranges: ReadonlyArray<TokenRange | null>, i: number): boolean {
  const range = ranges[i];
  if (!range) return false;
  const joined = (other: TokenRange | null | undefined, amp: number): boolean => other?.first === amp + 1 || other?.last === amp - 1;
  return (tokens[range.last + 1]?.lower === '&' && joined(ranges[i + 1], range.last + 1)) || (tokens[range.first - 1]?.lower === '&' && joined(ranges[i - 1], range.first - 1));
}

/**
 * Whether economic aid between a borrower and a lender was told from the borrower's side ("Tarn's
 * loan agreement with the IMF"): a lender's name (`lenders`: "fund", "bank", "IMF") is the one that
 * gives, so an event read as pointing to it points from it.
 */
function lentTo(doc: Doc, source: ActorMention, target: ActorMention, coded: CodedEvent): boolean {
  if (coded.code !== 'AID' || coded.mode !== 'economic') return false;
  const lender = (actor: ActorMention): boolean => (doc.entities[actor.entity]?.name.toLowerCase().split(/\s+/) ?? []).some((w) => LENDERS.has(w));
  return lender(target) && !lender(source);
}

/**
 * Whether people were refused entry to a country ("six Roma Czechs refused entry to Britain"): a
 * passive without its auxiliary, told after them; the country refused. A state, a government or an
 * IGO before it refused it to others ("Velan refused entry to Tarn's inspectors").
 */
function refusedEntry(doc: Doc, first: ActorMention, second: ActorMention, range: TokenRange, coded: CodedEvent): boolean {
  if (coded.code !== 'REJECT' || (doc.tokens[coded.trigger.last] as Token).lower !== 'entry') return false;
  const before = doc.tokens[range.first - 1]?.pos === 'DET' ? range.first - 2 : range.first - 1;
  const entity = doc.entities[first.entity];
  const refuser = entity !== undefined && ['state', 'government', 'igo'].includes(actorKind(doc, entity));
  return doc.tokens[before]?.lower === 'to' && doc.entities[second.entity]?.type === 'country' && !refuser;
}

function eventOf(doc: Doc, sentence: number, source: ActorMention, target: ActorMention, coded: CodedEvent): Event {
  const first = doc.tokens[coded.trigger.first] as Token;
  const last = doc.tokens[coded.trigger.last] as Token;
  const q = quoteAt(doc, first.start);
  return {
    code: coded.code,
    mode: coded.mode,
    source: source.mention,
    target: target.mention,
    negated: coded.negated,
    modality: coded.modality,
    trigger: { start: first.start, end: last.end },
    sentence,
    quote: q < 0 ? null : q,
  };
}

/**
 * The actors listed right before actor i as one subject with it, nearest last: "France, Britain and
 * Germany", when a word joins the last two (not "the chairman of the Council, Lee warned").
 */
function listedBefore(tokens: readonly Token[], actors: readonly ActorMention[], ranges: ReadonlyArray<TokenRange | null>, i: number): ActorMention[] {
  const a = actors[i] as ActorMention;
  const listed: ActorMention[] = [];
  if (singularVerbAfter(tokens, ranges[i])) return listed;
  for (let j = i - 1; j >= 0; j--) {
    const rj = ranges[j];
    const next = ranges[j + 1];
    const c = actors[j] as ActorMention;
    if (!rj || !next || !coordinated(tokens, rj, next) || c.entity === a.entity) break;
    if (j === i - 1 && !joinedByWord(tokens, rj, next)) break;
    listed.unshift(c);
  }
  return listed;
}

// Verbs that agree with one subject: a list before them is no compound subject.
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);
/** How many nouns of the actor's phrase may stand before its verb ("the Australian government is"). */
const HEAD_REACH = 3;

/**
 * Whether the verb after an actor is singular: "rivals such as Virgin and the Tarn government is in
 * talks" opens a clause of its own, where "Virgin" is no co-subject ("France and Germany are").
 */
function singularVerbAfter(tokens: readonly Token[], range: TokenRange | null | undefined): boolean {
  if (!range) return false;
  let k = range.last + 1;
  while (k <= range.last + HEAD_REACH && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN')) k++;
  return SINGULAR_VERBS.has(tokens[k]?.lower ?? '');
}

/**
 * A judgement of the actor after next, past the one told or one named in the speaker's description
 * ("He told BBC Radio's Today the government was authoritarian", "Dame Ann Lee, the president of the
 * Family Division, said Kerr was a humane judge"): judgement.ts checks what stands between.
 */
function judgementPast(doc: Doc, sentence: number, range: TokenRange, actors: readonly ActorMention[], ranges: ReadonlyArray<TokenRange | null>, i: number, events: Event[]): void {
  const a = actors[i] as ActorMention;
  const c = actors[i + 2];
  const ra = ranges[i];
  const rc = ranges[i + 2];
  if (!c || !ra || !rc || a.entity === c.entity) return;
  const judged = judgement(doc.tokens, range, ra, rc);
  if (judged) events.push(eventOf(doc, sentence, a, c, judged));
}

/** The words of a title before a name in a list ("Italian Prime Minister Silvio Berlusconi"). */
const TITLE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** How many such words may stand before the list's first name. */
const TITLE_REACH = 4;

/**
 * Whether the list of actors that actor i belongs to is the object of a preposition or a verb ("how
 * to deal with Tarn, Velan and Kerr are set to dominate discussions", "met Italian Prime Minister
 * Berg and Chancellor Kerr to talk about Tarn"): no subject, so no act done together.
 */
function listIsObject(tokens: readonly Token[], ranges: ReadonlyArray<TokenRange | null>, i: number): boolean {
  let j = i;
  while (j > 0 && ranges[j - 1] && ranges[j] && coordinated(tokens, ranges[j - 1] as TokenRange, ranges[j] as TokenRange)) j--;
  const start = (ranges[j] as TokenRange).first;
  let before = start - 1;
  while (before >= start - TITLE_REACH && TITLE_TAGS.has(tokens[before]?.pos ?? '')) before--;
  const token = tokens[before];
  // After a verb of saying the list opens the clause said, as its subject ("said Lee and Kerr agreed").
  return token !== undefined && (token.pos === 'ADP' || (token.pos === 'VERB' && !CUE_FORMS.has(token.lower)));
}

/** The events of one sentence, between neighbouring actors and actors coordinated with them. */
function sentenceEvents(doc: Doc, sentence: number, actors: readonly ActorMention[], sport: boolean): Event[] {
  const tokens = doc.tokens;
  const range = tokensIn(tokens, doc.sentences[sentence] as { start: number; end: number });
  if (!range) return [];
  const ranges = actors.map((a) => tokensIn(tokens, a.mention));
  const triggers = withoutContests(tokens, range, findTriggers(tokens, range.first, range.last), sport);
  const events: Event[] = [];
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i] as ActorMention;
    const b = actors[i + 1] as ActorMention;
    const ra = ranges[i];
    const rb = ranges[i + 1];
    if (!ra || !rb) continue;
    // "Lee claims she has been betrayed by Tarn": her own "she" stands between her and the one she blames.
    if (a.entity === b.entity) judgementPast(doc, sentence, range, actors, ranges, i, events);
    if (a.entity === b.entity || setting(doc, a, ra) || setting(doc, b, rb)) continue;
    if (firmPart(tokens, ranges, i) || firmPart(tokens, ranges, i + 1)) continue;
    if (placeModifier(doc, a, ra, triggers) || placeModifier(doc, b, rb, triggers)) continue;
    // "That film saw Jason battle Freddy Krueger": the work's story, no event.
    if (toldInWork(tokens, ra)) continue;
    // Only a word between them or a coordination can place an event (see placed); else praise or
    // blame said of the second ("Lee said Kerr was a decent servant": judgement.ts).
    const candidate = triggers.some((t) => t.first > ra.last && t.first < rb.first) || coordinated(tokens, ra, rb) ? candidateEvent(tokens, range, ra, rb, triggers) : null;
    // Negation and modality are read only for an act placed where an event stands.
    if (!candidate || !placed(tokens, ra, rb, candidate, triggers)) {
      const judged = judgement(tokens, range, ra, rb);
      if (judged) events.push(eventOf(doc, sentence, a, b, judged));
      else judgementPast(doc, sentence, range, actors, ranges, i, events);
      continue;
    }
    if (candidate.trigger.first > rb.last && listIsObject(tokens, ranges, i)) continue;
    const coded = qualifyCandidate(tokens, candidate);
    const told = flipped(tokens, ra, rb, coded.trigger);
    const flip = lentTo(doc, told ? b : a, told ? a : b, coded) || refusedEntry(doc, a, b, rb, coded) ? !told : told;
    const [source, target] = flip ? [b, a] : [a, b];
    events.push(eventOf(doc, sentence, source, target, coded));
    // "Kerr hit back at Labour claims she had misled voters": Labour's claim accused Kerr.
    const claim = rebuttedClaim(tokens, coded, source, flip ? ra : rb, actors);
    if (claim) events.push(eventOf(doc, sentence, target, source, claim));
    // "Berg met Lee and Kerr", "Lee, Kerr and Vik": they share the event with Lee, up to the last
    // one joined by a word; a comma alone joins no list ("compensation from Lee, the envoy Kerr said").
    const shared: ActorMention[] = [];
    let listed = 0;
    for (let j = i + 2; j < actors.length; j++) {
      const rj = ranges[j];
      const previous = ranges[j - 1];
      const c = actors[j] as ActorMention;
      if (!rj || !previous || !coordinated(tokens, previous, rj) || c.entity === a.entity) break;
      shared.push(c);
      if (joinedByWord(tokens, previous, rj)) listed = shared.length;
    }
    for (const c of shared.slice(0, listed)) events.push(eventOf(doc, sentence, flip ? c : a, flip ? a : c, coded));
    // "France and Germany met Kerr": the actors listed before the first one do the act with it.
    if (coded.trigger.first > ra.last && coded.trigger.first < rb.first) {
      for (const c of listedBefore(tokens, actors, ranges, i)) events.push(eventOf(doc, sentence, flip ? b : c, flip ? c : b, coded));
    }
  }
  // "a call for her to 'think again' from Kerr": a request whose noun names its requester after it.
  for (const r of requestsByNoun(tokens, range, triggers, ranges)) {
    const [source, target] = [actors[r.source], actors[r.target]];
    if (source && target && source.entity !== target.entity) events.push(eventOf(doc, sentence, source, target, codedRequest(tokens, range, r.trigger)));
  }
  return events;
}

function key(event: Event): string {
  const { code, mode, negated, modality } = event;
  return JSON.stringify([code, mode, event.source.entity, event.target.entity, negated, modality]);
}

/**
 * Whether a mention's entity acts in politics. In an article about sport an event needs one such
 * actor other than a country: between players, coaches, clubs and national teams it is part of the
 * game ("a pass set Baros free").
 */
function politicalActor(doc: Doc, mention: Mention): boolean {
  const entity = doc.entities[mention.entity ?? -1];
  return entity !== undefined && politicalKind(actorKind(doc, entity));
}

/**
 * Whether a mention acts in politics in an article about sport, where a country is its team ("we can
 * beat Italy") and its capital where a match is played ("two visits to Paris"), not its government.
 */
function politicalInSport(doc: Doc, mention: Mention): boolean {
  const entity = doc.entities[mention.entity ?? -1];
  return entity !== undefined && entity.type !== 'country' && entity.kbId?.startsWith('gov/') !== true && politicalActor(doc, mention);
}

/**
 * Each event with its actors' kinds, and whether both are political; a conflict between actors that
 * cannot use force is one of words, and a body's takeover by one that is no armed group is no event.
 */
function withKinds(doc: Doc, events: Event[]): Event[] {
  const kinds = new Map<number, ActorKind>();
  const kindOf = (mention: Mention): ActorKind => {
    const index = mention.entity ?? -1;
    const entity = doc.entities[index];
    if (!entity) return 'other';
    let kind = kinds.get(index);
    if (kind === undefined) kinds.set(index, (kind = actorKind(doc, entity)));
    return kind;
  };
  const kept: Event[] = [];
  for (const event of events) {
    const source = kindOf(event.source);
    const target = kindOf(event.target);
    if (takeoverOfBody(doc, event, source, target)) continue;
    disputeOfWords(doc, event, source, target);
    concededPraise(doc, event);
    event.kinds = { source, target, political: politicalKind(source) && politicalKind(target) };
    kept.push(event);
  }
  return kept;
}

/** The events of a document, one per interaction, with their actors' kinds. */
export function findEvents(doc: Doc): Event[] {
  return withKinds(doc, interactions(doc));
}

function interactions(doc: Doc): Event[] {
  const seen = new Set<string>();
  const events: Event[] = [];
  let sport: boolean | undefined;
  actorsBySentence(doc).forEach((actors, sentence) => {
    if (actors.length < 2) return;
    sport ??= sportArticle(doc.tokens);
    for (const event of sentenceEvents(doc, sentence, actors, sport)) {
      if (sport && !politicalInSport(doc, event.source) && !politicalInSport(doc, event.target)) continue;
      if (!politicalActor(doc, event.source) && !politicalActor(doc, event.target) && privateDealing(doc, event)) continue;
      if (interview(doc, event) || tourOfPremises(doc, event) || ownSide(doc, event) || tripForBusiness(doc, event)) continue;
      const k = key(event);
      if (seen.has(k)) continue;
      seen.add(k);
      events.push(event);
    }
  });
  return events;
}

/** Codes the events between the document's actors. */
export const eventsStage: Stage = {
  name: 'events',
  reads: ['tokens', 'sentences', 'quotes', 'entities'],
  writes: ['events'],
  run(doc: Doc) {
    doc.events = findEvents(doc);
  },
};
