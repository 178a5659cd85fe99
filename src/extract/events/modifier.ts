/**
 * Names that only modify another noun, and so are no party to an event. English puts the head of a
 * noun phrase last and its complements after it: in "the Iraq war" the war is the head and Iraq only
 * says which war; in "opposed the war on Tarn" Tarn completes "war", not "opposed". A name acts
 * through such a noun only when the noun stands for it or for what it holds, says and does (the
 * lexicon's `agents` and `standsFor`: "the UK government", "US policy", "the plans of Tarn") or
 * names its act (an event word: "US support").
 */
import type { Token } from '../../doc/document.js';
import { OF_SOURCE_NOUNS, PARTY_FOLLOWERS, PRIVATE_RELATIONS, STANDS_FOR, lemmasAndForms } from '../../lexicon/plover.js';
import { RELATIONS, TIME_WORDS } from '../../lexicon/words.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';
import { jurisdictionNoun } from './forum.js';
import { wrongAt } from './wrongs.js';

/** How many words of a noun phrase may follow a name before its head ("the US federal insurance industry"). */
const HEAD_REACH = 4;
const PHRASE_WORDS = new Set(['ADJ', 'NOUN']);
/**
 * Prepositions that take a noun's complement ("the war on", "a series of"); not those that mostly
 * complete the verb ("sent a letter to Lee", "signed a deal with Tarn", "asked for help from Tarn").
 */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'on', 'in', 'into', 'against', 'at']);

// The words of a name's own phrase before it: "of the Tarn", "on its neighbour Tarn".
const ACTOR_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

const OF_SOURCE: ReadonlySet<string> = new Set(lemmasAndForms(new Set(OF_SOURCE_NOUNS)));

const eventWordAt = (triggers: readonly Trigger[], i: number): boolean => triggers.some((t) => !t.light && t.first <= i && i <= t.last);

/**
 * Whether the name at `range` is an attributive modifier of a common noun after it that stands for
 * nothing the name does ("the Iraq war", "a US drama", "the UK games charts"; not "the UK
 * government", "US policy", "US support", "Tarn's plans").
 */
export function attributive(tokens: readonly Token[], range: TokenRange, triggers: readonly Trigger[]): boolean {
  // Right after a verb the name is its object ("lent Russia dollars 6bn"), not a modifier.
  const before = tokens[range.first - 1]?.pos;
  if (before === 'VERB' || before === 'AUX') return false;
  // "don't let the Tories wreck it": a verb of wrongdoing the tagger took for a noun has the name as its subject.
  if (wrongAt(tokens, range.last + 1)) return false;
  let head = -1;
  for (let i = range.last + 1; i <= range.last + HEAD_REACH && PHRASE_WORDS.has(tokens[i]?.pos ?? ''); i++) {
    // "a trip to Mexico last year": a time is no head of the name's phrase.
    if (TIME_WORDS.has((tokens[i] as Token).lower)) break;
    if ((tokens[i] as Token).pos === 'NOUN') head = i;
  }
  if (head < 0) return false;
  // "a separate US lawsuit against Rosneft": the country's courts hear it; "US support" is the US's act.
  for (let i = range.last + 1; i <= head; i++) if (eventWordAt(triggers, i)) return jurisdictionNoun(tokens[i] as Token);
  return !STANDS_FOR.has((tokens[head] as Token).lower);
}

/**
 * Whether a person's name or possessive pronoun owns a noun of kin or private relation after it
 * ("I don't blame Lucy's mother", "met his wife"): the act is on the relation, not on its possessor.
 */
export function possessorOfRelation(tokens: readonly Token[], range: TokenRange): boolean {
  const next = tokens[range.last + 1];
  const at = next?.lower === "'s" || next?.lower === '’s' ? range.last + 2 : range.last + 1;
  // "his wife": the pronoun itself is the possessive; "Lucy's mother": the name and "'s".
  if (at === range.last + 1 && (tokens[range.last] as Token).pos !== 'PRON') return false;
  const noun = tokens[at]?.lower ?? '';
  return RELATIONS.has(noun) || PRIVATE_RELATIONS.has(noun);
}

/**
 * Whether a party's name modifies a noun of its following or its ground ("urged Labour supporters
 * to vote", "the support of 62 Labour rebels", "in the Tory heartlands"): the party is none of them,
 * even right after a verb, where a country's name may be an object ("lent Russia dollars 6bn").
 */
export function partyFollowing(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.last + 1; i <= range.last + HEAD_REACH && PHRASE_WORDS.has(tokens[i]?.pos ?? ''); i++) {
    if (PARTY_FOLLOWERS.has((tokens[i] as Token).lower)) return true;
  }
  return false;
}

/**
 * Whether the second actor completes a noun between the event word and it, not the event: "opposed
 * the war on Tarn", "praised a series of Tarn films", "condemned the bombing of Tarn"; or is a topic
 * after the party already named ("support for the government on Tarn"). Not "criticised the plans
 * of Tarn", "met the leaders of Tarn", nor the doer of an act a noun names ("demanded the withdrawal
 * of Tarn's troops": the lexicon's `ofSource`).
 */
export function complementOfNoun(tokens: readonly Token[], trigger: TokenRange, second: TokenRange, triggers: readonly Trigger[]): boolean {
  // The preposition that takes the actor's phrase ("on the Tarn", "of its neighbour Tarn").
  let at = second.first - 1;
  while (at > trigger.last && ACTOR_PHRASE.has((tokens[at] as Token).pos)) at--;
  const noun = tokens[at - 1];
  if (at - 1 <= trigger.last || noun === undefined || noun.pos !== 'NOUN') return false;
  const preposition = (tokens[at] as Token).lower;
  if (!COMPLEMENT_PREPOSITIONS.has(preposition)) return false;
  if (eventWordAt(triggers, at - 1)) return !(preposition === 'of' && OF_SOURCE.has(noun.lower));
  return !STANDS_FOR.has(noun.lower) || preposition === 'on';
}
