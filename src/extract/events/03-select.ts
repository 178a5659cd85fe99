/**
 * Step 3 of event coding: which trigger links two actors. The first event word between them wins
 * ("agreed to lift", "refused to allow", "threatened to shell": the governing verb comes first); a
 * light verb ("summoned", "launched") yields to an event word after it or to a purpose after the
 * second actor ("summoned the ambassador to complain"). Without a trigger between them, one after
 * both ("X and Y met") or before both ("a meeting between X and Y") is taken, nearest first.
 */
import type { Token } from '../../doc/document.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import type { Trigger } from './01-triggers.js';
import type { Scope, TokenRange } from './02-qualifiers.js';

/** The trigger chosen for a pair of actors, and the scope its qualifiers are read in. */
export interface Selection {
  trigger: Trigger;
  scope: Scope;
  /** The light verb between the actors whose meaning the trigger gives ("received IMF support"), or null. */
  lightVerb: Trigger | null;
}

/** How many words after the later actor a trigger may be read ("Berg and Lee met on Tuesday"). */
const AFTER_WINDOW = 12;
/** How many words before the earlier actor ("a meeting between X and Y"). */
const BEFORE_WINDOW = 12;
/** How many words before the first actor a request may stand ("urged X to …", "asked anyone who saw X to …"). */
const LEAD_WINDOW = 5;

const CLAUSE_ENDS = new Set([';', '.', '!', '?', ':']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
// What may follow the "to" of an infinitive: "to complain", "to formally complain", "to be".
const INFINITIVE_STARTS = new Set(['VERB', 'AUX', 'ADV']);
const COORDINATION = new Set(['and', ',', '&', 'with', 'or', 'both']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', '&']);
const OBLIGATION = new Set(['must', 'should', 'needs', 'need', 'has', 'have', 'ought']);

// A trigger belongs where its head word stands: "found the regime guilty" stands before the regime.
function overlaps(t: Trigger, r: TokenRange): boolean {
  return t.first <= r.last && t.first >= r.first;
}

/** The first event trigger of a run, else the first light verb with a fallback. */
function firstOf(run: readonly Trigger[]): Trigger | undefined {
  return run.find((t) => !t.light) ?? run.find((t) => t.code !== null);
}

/**
 * "has been accused of criticising Lee": a verb whose "of" and gerund say what its subject is said to
 * have done gives way to that act, which links the subject and the gerund's object.
 */
function actOfGerund(tokens: readonly Token[], run: readonly Trigger[], chosen: Trigger): Trigger {
  if (tokens[chosen.last + 1]?.lower !== 'of') return chosen;
  const act = run.find((t) => t.first === chosen.last + 2 && !t.light);
  return act && tokens[act.first]?.lower.endsWith('ing') === true ? act : chosen;
}

/** "…the ambassador to complain": an event word in an infinitive of purpose right after an actor (not "a response to those allegations"). */
function purposeAfter(tokens: readonly Token[], triggers: readonly Trigger[], actor: TokenRange, clause: TokenRange): Trigger | undefined {
  for (let i = actor.last + 1; i <= Math.min(clause.last, actor.last + 4); i++) {
    if (tokens[i]?.lower !== 'to') continue;
    if (!INFINITIVE_STARTS.has(tokens[i + 1]?.pos ?? '')) return undefined;
    return triggers.find((t) => !t.light && t.first > i && t.first <= i + 4);
  }
  return undefined;
}

const OBJECT_NOUNS = new Set(['NOUN', 'NUM', 'PRON']);

// Whether a noun, a number or a pronoun stands in tokens first..last: an object other than the actor.
function nounBetween(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (OBJECT_NOUNS.has((tokens[i] as Token).pos)) return true;
  return false;
}

/** How many words of a noun phrase may stand before its event noun ("his warmest congratulations"). */
const NOUN_PHRASE_REACH = 4;
// The words of a noun phrase before its head: determiners, possessives, adjectives, nouns, quote marks.
const NOUN_PHRASE = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'NUM']);
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

// Words after an actor that open the noun phrase of its event: a possessive ("Tarn's offensive") or the
// "as" of what the actor is made ("held the villagers as human shields").
const NOUN_OPENERS: ReadonlySet<string> = new Set(["'s", '’s', 'as']);

/**
 * "received IMF support", "Tarn's offensive": an event noun right after an actor, which modifies it;
 * or the second object of a light verb, the actor its first ("sent Lee his warmest congratulations",
 * "offered Tarn military aid"), or the role the verb puts it in ("held the villagers as human
 * shields"): the event noun heads the noun phrase right after the actor.
 */
function nounAfter(tokens: readonly Token[], triggers: readonly Trigger[], actor: TokenRange): Trigger | undefined {
  const at = NOUN_OPENERS.has(tokens[actor.last + 1]?.lower ?? '') ? actor.last + 2 : actor.last + 1;
  // The phrase's head is its last word: "human shields" is a noun phrase.
  const noun = triggers.find((t) => !t.light && tokens[t.last]?.pos === 'NOUN' && t.first >= at && t.first <= at + NOUN_PHRASE_REACH);
  if (!noun) return undefined;
  for (let i = at; i < noun.first; i++) {
    const token = tokens[i] as Token;
    if (!NOUN_PHRASE.has(token.pos) && !QUOTE_MARKS.has(token.lower)) return undefined;
  }
  return noun;
}

/** "X said Y must …": the speaker asks something of Y. The obligation word stands as a REQUEST trigger. */
function obligationAfter(tokens: readonly Token[], first: TokenRange, second: TokenRange): Trigger | undefined {
  let speech = false;
  for (let i = first.last + 1; i < second.first; i++) {
    if (CUE_FORMS.get((tokens[i] as Token).lower)?.kind === 'speech') speech = true;
  }
  const at = second.last + 1;
  const word = tokens[at];
  if (!speech || !word || !OBLIGATION.has(word.lower)) return undefined;
  if ((word.lower === 'has' || word.lower === 'have' || word.lower === 'needs' || word.lower === 'need') && tokens[at + 1]?.lower !== 'to') return undefined;
  return { first: at, last: at, code: 'REQUEST', mode: null, light: false, pos: word.pos, reciprocal: false, partnerObject: false, personObject: false };
}

// The clause after the later actor ends at a stop, or at a relative clause about it (", who is
// usually …", ", which would …"), whose words say nothing of the event.
function clauseEnd(tokens: readonly Token[], from: number, limit: number): number {
  for (let i = from; i <= limit; i++) {
    const lower = (tokens[i] as Token).lower;
    if (CLAUSE_ENDS.has(lower) || (lower === ',' && RELATIVES.has(tokens[i + 1]?.lower ?? ''))) return i - 1;
  }
  return limit;
}

function clauseStart(tokens: readonly Token[], from: number, limit: number): number {
  for (let i = from; i >= limit; i--) if (CLAUSE_ENDS.has((tokens[i] as Token).lower)) return i + 1;
  return limit;
}

/**
 * The trigger that links a source and a target in a sentence (token ranges), or null. The scope of
 * the trigger runs from the nearest actor before it.
 */
export function selectTrigger(
  tokens: readonly Token[],
  triggers: readonly Trigger[],
  sentence: TokenRange,
  source: TokenRange,
  target: TokenRange,
): Selection | null {
  const [a, b] = source.first <= target.first ? [source, target] : [target, source];
  const free = triggers.filter((t) => !overlaps(t, a) && !overlaps(t, b));
  const between = free.filter((t) => t.first > a.last && t.first < b.first);
  const clause: TokenRange = { first: clauseStart(tokens, a.first - 1, sentence.first), last: clauseEnd(tokens, b.last + 1, sentence.last) };
  let trigger: Trigger | undefined;
  const first = firstOf(between);
  const chosen = first && actOfGerund(tokens, between, first);
  if (chosen && !chosen.light) trigger = chosen;
  else if (a === source) trigger = obligationAfter(tokens, a, b);
  // A light verb may take its meaning from an event noun the second actor modifies ("received
  // IMF support") or from a purpose after it ("summoned the ambassador to complain").
  let lightVerb: Trigger | null = null;
  if (!trigger && chosen) {
    trigger = nounAfter(tokens, free, b) ?? purposeAfter(tokens, free, b, clause);
    if (trigger) lightVerb = chosen;
  }
  // "received the envoy" is a visit; "received an offer for Lee" is not.
  if (!trigger && chosen && !(chosen.personObject && nounBetween(tokens, chosen.last + 1, b.first - 1))) trigger = chosen;
  if (!trigger) {
    const afterLimit = Math.min(clause.last, b.last + AFTER_WINDOW);
    trigger = firstOf(free.filter((t) => t.first > b.last && t.last <= afterLimit));
  }
  if (!trigger) {
    const before = free.filter((t) => t.last < a.first && t.first >= Math.max(clause.first, a.first - BEFORE_WINDOW));
    trigger = before.reverse().find((t) => !t.light && !topicOfNoun(tokens, t)) ?? before.find((t) => t.code !== null);
  }
  // Last, an event word inside an actor's own words: "a car bombing by the group".
  // The head of a phrase is its last word: "a Russia-backed offensive" is an offensive.
  const inside = triggers.filter((t) => overlaps(t, a) || overlaps(t, b));
  trigger ??= inside.filter((t) => !t.light).at(-1) ?? inside.find((t) => t.code !== null);
  if (!trigger || trigger.code === null) return null;
  // The scope runs from the first actor, so "offered to send troops to X to help" keeps its "offered to".
  const beforeStart = a.last < trigger.first ? a.last + 1 : clause.first;
  return {
    trigger,
    lightVerb,
    scope: {
      before: { first: beforeStart, last: trigger.first - 1 },
      clause: { first: Math.min(clause.first, trigger.first), last: Math.max(clause.last, trigger.last) },
      lead: { first: Math.max(sentence.first, a.first - LEAD_WINDOW), last: a.first - 1 },
    },
  };
}

/** The tags of the words of a noun phrase, coordinated ones too ("the new asylum and immigration rules"). */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'CCONJ']);
// Words that open the topic of a noun: "a row over asylum", "talks about aid".
const TOPIC_OPENERS: ReadonlySet<string> = new Set(['about', 'over', 'regarding', 'concerning']);

/** Whether a trigger is in the topic phrase of a noun before it ("a row over asylum", "talks about aid"): not an act. */
export function topicOfNoun(tokens: readonly Token[], trigger: TokenRange): boolean {
  let i = trigger.first - 1;
  while (i >= 0 && NOUN_PHRASE_TAGS.has((tokens[i] as Token).pos)) i--;
  // No read before the first token (see token-index.ts on negative indexes).
  return i >= 0 && TOPIC_OPENERS.has((tokens[i] as Token).lower);
}

/** How many words the place of an aside may have (", from Newcastle upon Tyne,"). */
const ASIDE_REACH = 4;

/**
 * The index of the comma that closes an aside opening with the comma at i and saying where a conjunct
 * is from (", from Birmingham,"), or i: the aside holds a name and no verb.
 */
function fromAsideEnd(tokens: readonly Token[], i: number, limit: number): number {
  if (tokens[i]?.lower !== ',' || tokens[i + 1]?.lower !== 'from') return i;
  for (let j = i + 2; j < limit && j <= i + 2 + ASIDE_REACH; j++) {
    const token = tokens[j] as Token;
    if (token.lower === ',') return j > i + 2 ? j : i;
    if (token.pos !== 'PROPN' && token.lower !== 'upon' && token.lower !== 'on') return i;
  }
  return i;
}

/** Whether two actors stand side by side as one subject ("X and Y", "X, Y", "X, from Lyon, and Y"). */
export function coordinated(tokens: readonly Token[], first: TokenRange, second: TokenRange): boolean {
  if (second.first <= first.last + 1) return false;
  for (let i = fromAsideEnd(tokens, first.last + 1, second.first); i < second.first; i++) {
    const lower = (tokens[i] as Token).lower;
    // "France and the UK": the second conjunct's own article.
    if (!COORDINATION.has(lower) && !(lower === 'the' && i === second.first - 1 && CONJUNCTIONS.has(tokens[i - 1]?.lower ?? ''))) return false;
  }
  return true;
}
