/**
 * Where an event may stand between two actors in running text, and which way it points. The coded
 * act must stand between them (only auxiliaries, adverbs and governing verbs before it, an object
 * phrase after it), after them when they did it together ("Berg and Lee met"), or right before
 * them as "a meeting between Berg and Lee"; and the second actor must be the act's other party,
 * not the name after a title, the subject of what is said, a topic, a name given, the one who does
 * what a noun names, a comparison, or a passive's other actor without "by"; nor may the first actor
 * be the object of a relative clause ("councillors who met Lee praised Kerr").
 */
import type { Token } from '../../doc/document.js';
import { AGENT_NOUNS, FLIP_PATTERNS, FROM_SOURCE_NOUNS, HOST_INVITES, isFormOf, lemmasAndForms } from '../../lexicon/plover.js';
import { TIME_WORDS } from '../../lexicon/words.js';
import { matchAt, type Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';
import { NOUN_PHRASE_TAGS, coordinated, topicOfNoun } from './03-select.js';
import type { CandidateEvent } from './code.js';
import { complementOfNoun } from './modifier.js';
import { notActorsNoun, partiesNamedBetween } from './noun-act.js';
import { outsideObject } from './clause-party.js';
import { lodgedWith } from './forum.js';
import { requestBroughtTo } from './request-noun.js';
import { topicAfterPartner } from './topic-act.js';
import {
  APPOSITION, POSSESSIVE_DETERMINERS, TOPIC_WORDS, actorOf, askedOfAnother, naming, patientOfRequest, question, reasonOfAct, reported, subjectOfReport, topic, wordBetween,
} from './no-party.js';

const BE = ['be'];
const FROM_SOURCE: ReadonlySet<string> = new Set(lemmasAndForms(new Set(FROM_SOURCE_NOUNS)));
// "the same embargo as countries such as Tarn": a comparison, not the target.
const COMPARISON_WORDS = ['as', 'like', 'than'];
const COMPARISON_OPENERS: ReadonlySet<string> = new Set(['than']);

/** Whether a verb trigger is passive: a form of "be" and a participle ("was invited"; not "is meeting"). */
function passive(tokens: readonly Token[], trigger: TokenRange): boolean {
  // An adverb may stand between them: "were provisionally suspended by".
  let at = trigger.first - 1;
  while (tokens[at]?.pos === 'ADV' && at > trigger.first - 3) at--;
  const before = tokens[at];
  const verb = tokens[trigger.first] as Token;
  return before !== undefined && BE.some((w) => isFormOf(before.lower, w)) && verb.pos === 'VERB' && !verb.lower.endsWith('ing');
}

/**
 * Whether a passive verb without "by" names the host of the occasion after "to" as its doer: "has
 * not been invited to Chancellor Kerr's swearing-in" (Kerr's side did not invite); the lexicon's
 * `hostInvites`.
 */
function hostOfOccasion(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  const verb = (tokens[trigger.first] as Token).lower;
  const possessive = tokens[second.last + 1]?.lower;
  return HOST_INVITES.some((lemma) => isFormOf(verb, lemma)) && tokens[second.first - 1]?.lower === 'to' && (possessive === "'s" || possessive === '’s');
}

/**
 * Whether the first actor undergoes the act: a passive verb with "by", "received an invitation
 * from", or an act the lexicon's `fromSource` nouns name with "from" ("concessions from Lee").
 */
export function flipped(tokens: readonly Token[], first: TokenRange, second: TokenRange, trigger: TokenRange): boolean {
  // The pattern may run past the second actor to an event noun it modifies ("received IMF support").
  const limit = Math.max(second.first - 1, trigger.last);
  for (let i = first.last + 1; i < Math.min(trigger.first, second.first); i++) {
    if (FLIP_PATTERNS.some((p) => matchAt(tokens, p, i, limit) >= trigger.first)) return true;
  }
  if (passive(tokens, trigger)) return wordBetween(tokens, trigger, second, 'by') || hostOfOccasion(tokens, trigger, second);
  return FROM_SOURCE.has((tokens[trigger.last] as Token).lower) && wordBetween(tokens, trigger, second, 'from');
}

// In running text an event links its actors tightly: only auxiliaries, adverbs and governing verbs
// between the subject and the trigger ("has not agreed to meet"), only an object phrase or a
// preposition between the trigger and the other actor ("visit to", "an invitation from").
const SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'VERB']);
// Before a noun trigger, its verb and what stands between: "did not rule out a visit", "expressed interest in talks".
const NOUN_SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'VERB', 'DET', 'ADJ', 'NUM', 'NOUN', 'ADP']);
const OBJECT_GAP = new Set(['DET', 'ADJ', 'ADP', 'NUM', 'NOUN', 'PART']);
const TITLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_GAP = 8;

const VERB_COORDINATION = new Set(['and', 'or']);

/**
 * Whether the verb at i is an event word in an infinitive, maybe past an adverb ("to meet", "to
 * formally meet"): a governing word's complement ("agreed to meet Lee", "threatened to attack Tarn",
 * "is ready to negotiate with Tarn"), whose object the governing act is about; not a verb that names
 * no event ("pledged to curb Tarn's compensation culture").
 */
function eventInfinitive(tokens: readonly Token[], i: number, events: readonly Trigger[]): boolean {
  const before = tokens[i - 1];
  const infinitive = before?.lower === 'to' || (before?.pos === 'ADV' && tokens[i - 2]?.lower === 'to');
  return infinitive && events.some((t) => t.first === i && !t.light);
}

/**
 * Whether tokens i..to are the words of a title before the second actor's name, a name among them
 * that is no actor (actors are neighbours): "urged London mayor Lee", "met Tarn Party leader Lee";
 * not a name before a preposition or a verb ("spoke to MPs amid rumours of a rift with Lee").
 */
function titleUpTo(tokens: readonly Token[], i: number, to: number): boolean {
  for (let j = i; j <= to; j++) if (!TITLE_TAGS.has((tokens[j] as Token).pos)) return false;
  return true;
}

// A verb may be coordinated with the trigger: "the two leaders speak and meet".
function gapOf(tokens: readonly Token[], from: number, to: number, tags: ReadonlySet<string>, events: readonly Trigger[] = []): boolean {
  if (to - from + 1 > MAX_GAP) return false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (tags.has(t.pos) || t.lower === 'to' || (t.pos === 'VERB' && eventInfinitive(tokens, i, events))) continue;
    if (tags === OBJECT_GAP && t.pos === 'PROPN' && titleUpTo(tokens, i, to)) continue;
    // A possessive is the determiner of the object phrase: "met his counterpart Lee".
    if (tags.has('DET') && POSSESSIVE_DETERMINERS.has(t.lower)) continue;
    if (!(VERB_COORDINATION.has(t.lower) && tokens[i - 1]?.pos === 'VERB' && i > from)) return false;
  }
  return true;
}

/** How many words after an actor may name who acts for it ("Velan's foreign minister"). */
const AGENT_WINDOW = 4;
const AGENT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Where the words after the first actor end that name who acts for it, the lexicon's `agents`: "a
 * Velan Party spokesman criticised", "Tarn's foreign minister met" (PLOVER codes the party, the
 * state); else right after the actor.
 */
function afterAgent(tokens: readonly Token[], first: TokenRange, limit: number): number {
  let i = first.last + 1;
  if (tokens[i]?.lower === "'s" || tokens[i]?.lower === '’s') i++;
  let end = first.last + 1;
  for (let j = i; j < limit && j < i + AGENT_WINDOW && AGENT_TAGS.has((tokens[j] as Token).pos); j++) {
    if (AGENT_NOUNS.has((tokens[j] as Token).lower)) end = j + 1;
  }
  return end;
}

const MODIFIERS = new Set(['ADJ', 'NUM']);
const OBJECTS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Whether a verb has its own object right after it ("met the envoy", "met with supporters"; not "met last week"). */
function hasObject(tokens: readonly Token[], after: number): boolean {
  let i = tokens[after]?.lower === 'with' ? after + 1 : after;
  if (tokens[i]?.pos === 'DET') return !TIME_WORDS.has(tokens[i + 1]?.lower ?? '');
  while (MODIFIERS.has(tokens[i]?.pos ?? '')) i++;
  const word = tokens[i];
  return word !== undefined && OBJECTS.has(word.pos) && !TIME_WORDS.has(word.lower);
}

/**
 * Whether actors joined before a trigger did it together: "Berg and Lee met", "signed a deal";
 * not "Berg and Lee called for talks" (each of them asked), "Berg and Lee met the envoy" (both met
 * someone else), nor "the chairman of the Council, Lee warned" (a comma alone joins no subjects).
 */
function partners(tokens: readonly Token[], first: TokenRange, second: TokenRange, act: CandidateEvent): boolean {
  if (!act.reciprocal || !coordinated(tokens, first, second) || !joinedByWord(tokens, first, second)) return false;
  return !(act.partnerObject && hasObject(tokens, act.trigger.last + 1));
}

/** Whether a word ("and", "with"), not only commas, joins two coordinated actors. */
export function joinedByWord(tokens: readonly Token[], first: TokenRange, second: TokenRange): boolean {
  for (let i = first.last + 1; i < second.first; i++) if ((tokens[i] as Token).lower !== ',') return true;
  return false;
}

/**
 * Whether a noun trigger is in the title of the name after it ("television host Dick Clark",
 * "insurance broker Marsh", "phone firm MCI", "finance minister Lee", "US phone firm MCI"): only
 * nouns between them. Not a noun with its preposition ("talks with Lee"), a gerund ("after meeting
 * Lee"), nor a noun between the subject and the object ("Berg battle Lee", a verb the tagger missed).
 */
function titleOf(tokens: readonly Token[], first: TokenRange, second: TokenRange, trigger: TokenRange): boolean {
  const last = tokens[trigger.last] as Token;
  // Right after the subject, a title still needs a noun after it ("US phone firm MCI").
  if ((trigger.first <= first.last + 1 && trigger.last + 1 >= second.first) || last.pos !== 'NOUN' || last.lower.endsWith('ing')) return false;
  for (let i = trigger.last + 1; i < second.first; i++) if ((tokens[i] as Token).pos !== 'NOUN') return false;
  return true;
}

const RELATIVES = new Set(['who', 'that', 'which']);

/** The words of the actor's own noun phrase before it: "back Mr Lee", "back the Tory MP", "back Senator Lee". */
const OWN_PHRASE = new Set(['DET', 'ADJ', 'PROPN', 'NOUN']);
/** Tags the verb right after a relative pronoun may get ("who back" is tagged as an adverb). */
const RELATIVE_VERB_TAGS = new Set(['VERB', 'ADV', 'NOUN']);
/** How many such words may stand between the relative clause's verb and the actor. */
const PHRASE_REACH = 3;

/**
 * Whether the first actor is the object in a relative clause ("councillors who back Lee met Kerr",
 * "councillors who back Mr Lee met Kerr", "asked anyone who spots Lee to contact Kerr"): the act
 * after it is not its own.
 */
function objectOfRelative(tokens: readonly Token[], first: TokenRange): boolean {
  let verb = first.first - 1;
  while (verb >= first.first - PHRASE_REACH && OWN_PHRASE.has(tokens[verb]?.pos ?? '')) verb--;
  // Right after "who" a word is the clause's verb, whatever the tagger says ("who back": ADV).
  return RELATIVES.has(tokens[verb - 1]?.lower ?? '') && RELATIVE_VERB_TAGS.has(tokens[verb]?.pos ?? '');
}

/**
 * The index after an aside set off by commas right after the subject, which says who or where it is
 * and holds no verb ("Lee, from Tarn, has been held by Kerr"; "Lee, the envoy, met Kerr"); else `from`.
 */
function pastAside(tokens: readonly Token[], from: number, trigger: number): number {
  if (tokens[from]?.lower !== ',') return from;
  for (let i = from + 1; i < trigger && i <= from + APPOSITION; i++) {
    const token = tokens[i] as Token;
    if (token.lower === ',') return i + 1;
    if (token.pos === 'VERB' || token.pos === 'AUX') return from;
  }
  return from;
}

/** How many asides may follow the subject ("Lee, 58, the envoy, met Kerr": an age, then an office). */
const MAX_ASIDES = 2;

/** The index after the asides right after the subject (see pastAside), or `from`. */
function pastAsides(tokens: readonly Token[], from: number, trigger: number): number {
  let at = pastAside(tokens, from, trigger);
  // An aside's closing comma opens the next one.
  for (let n = 1; n < MAX_ASIDES && at !== from; n++) {
    const next = pastAside(tokens, at - 1, trigger);
    if (next === at - 1) break;
    at = next;
  }
  return at;
}

/**
 * Whether the coded trigger stands where an event between the two actors may stand in running text;
 * `events` are the sentence's triggers, of which an infinitive in the object phrase may be one.
 */
export function placed(tokens: readonly Token[], first: TokenRange, second: TokenRange, act: CandidateEvent, events: readonly Trigger[] = []): boolean {
  // "Bangladesh received IMF support": the light verb stands where the event does.
  const trigger = act.lightVerb ?? act.trigger;
  const noun = tokens[trigger.first]?.pos === 'NOUN';
  if (trigger.first > first.last && trigger.first < second.first) {
    if (noun ? titleOf(tokens, first, second, trigger) : subjectOfReport(tokens, second, act)) return false;
    if (objectOfRelative(tokens, first)) return false;
    // "the UK pays more than France contributes to the EU": a comparison, not an act told.
    if (COMPARISON_OPENERS.has(tokens[first.first - 1]?.lower ?? '')) return false;
    // "Lee was investigated over Kerr's visa": a passive without its agent links no second actor.
    if (!noun && passive(tokens, trigger) && !wordBetween(tokens, trigger, second, 'by') && !hostOfOccasion(tokens, trigger, second)) return false;
    if (COMPARISON_WORDS.some((w) => wordBetween(tokens, trigger, second, w))) return false;
    if (topic(tokens, second, act) || naming(tokens, second, act) || question(tokens, second, act) || lodgedWith(tokens, second, act)) return false;
    if (noun && reported(tokens, first.last + 1, trigger)) return false;
    // "bombarded Lee with requests for him to read the letter": Lee is asked, not asking.
    if (noun && requestBroughtTo(tokens, first, act.trigger, act.code)) return false;
    // "held talks with Germany about military aid to Ukraine": the aid is not Germany's.
    if (noun && topicAfterPartner(tokens, first, act.trigger)) return false;
    if (noun && notActorsNoun(tokens, afterAgent(tokens, first, trigger.first), trigger, second)) return false;
    if (partiesNamedBetween(tokens, trigger, second)) return false;
    // "called for an investigation by the commissioner", "considering the offer by the Club": "by"
    // after an event noun names its doer, not the other party of the first actor's act.
    if ((tokens[act.trigger.last] as Token).pos === 'NOUN' && !passive(tokens, trigger) && wordBetween(tokens, act.trigger, second, 'by') && !flipped(tokens, first, second, act.trigger)) return false;
    if (askedOfAnother(tokens, second, act)) return false;
    if (patientOfRequest(tokens, second, act) || complementOfNoun(tokens, act.trigger, second, events)) return false;
    if (reasonOfAct(tokens, act.trigger, second) || outsideObject(tokens, second, act)) return false;
    if (actorOf(tokens, second, act) && !flipped(tokens, first, second, act.trigger)) return false;
    const subjectEnd = pastAsides(tokens, afterAgent(tokens, first, trigger.first), trigger.first);
    // "has been accused of criticising Lee": the gerund after "of" is the subject's act (see 03-select).
    const gerund = tokens[trigger.first - 1]?.lower === 'of' && (tokens[trigger.first] as Token).lower.endsWith('ing');
    // "is ready to negotiate with Lee": a word of willingness governs the act's infinitive.
    const willing = events.find((t) => t.light && t.last === trigger.first - 1 && tokens[t.last]?.lower === 'to');
    const verbGroupEnd = gerund && !noun ? trigger.first - 2 : (willing?.first ?? trigger.first) - 1;
    return gapOf(tokens, subjectEnd, verbGroupEnd, noun ? NOUN_SUBJECT_GAP : SUBJECT_GAP) && gapOf(tokens, trigger.last + 1, second.first - 1, OBJECT_GAP, events);
  }
  if (trigger.first > second.last) return partners(tokens, first, second, act) && gapOf(tokens, second.last + 1, trigger.first - 1, SUBJECT_GAP);
  // "a meeting between Berg and Lee", "talks between the Velan Party and Tarn"; not "the trip follows
  // claims of infighting between Berg and Lee", nor "a meeting between Tarn boss Berg and …" for Tarn
  // and Berg, nor the topic of another noun ("a row over asylum between Berg and Lee").
  // Its own topic may stand before "between" ("the war of words over asylum between Berg and Lee").
  const between = tokens[first.first - 1]?.lower === 'the' ? first.first - 2 : first.first - 1;
  const adjacent = trigger.last === between - 1 || topicPhrase(tokens, trigger.last + 1, between - 1);
  return adjacent && tokens[between]?.lower === 'between' && !topicOfNoun(tokens, trigger) && coordinated(tokens, first, second) && joinedByWord(tokens, first, second);
}

/** How many words a noun's topic phrase may have ("over asylum and immigration"). */
const TOPIC_REACH = 6;

/** Whether tokens from..to are a topic phrase: a topic word and a noun phrase ("over asylum and immigration"). */
function topicPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from + 1 || to > from + TOPIC_REACH || !TOPIC_WORDS.includes(tokens[from]?.lower ?? '')) return false;
  for (let i = from + 1; i <= to; i++) if (!NOUN_PHRASE_TAGS.has((tokens[i] as Token).pos)) return false;
  return true;
}
