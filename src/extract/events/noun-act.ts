/**
 * Whose act an event noun names, and whom it links to. A noun has no subject of its own: the actor
 * before it does the act when it heads the noun phrase the actor opens ("Tarn's first official
 * visit to Velan", "IMF support") or when the noun is the object of the actor's verb ("made a visit
 * to Velan", "held talks with Lee"). Not when the actor owns or modifies another noun first ("Lee
 * discussed Tarn's plans during a trip to Velan": Lee's trip; "asked the Tarn court to send its
 * dispute with Velan"), nor when the noun is what something is called ("what he referred to as the
 * war on Velan"). And a noun links the actor after it through a preposition ("talks with Lee", "a
 * visit to Velan"), never directly ("told the party's conference the Tories must not win": the
 * Tories open a clause of their own), nor through "between" (the parties named there are its own:
 * "was never present at meetings between himself and Lee").
 */
import type { Token } from '../../doc/document.js';
import type { TokenRange } from './02-qualifiers.js';

/** The words of a noun phrase after its owner: "Tarn's [first official] visit", "Tarn's [trade] plans". */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Whether the actor ending before `from` owns or modifies a noun other than the trigger: a noun
 * phrase after it (past "'s") ends before the trigger ("Tarn's plans during a trip", "the Tarn court
 * to send its dispute"), so the trigger is another phrase's, not the actor's act.
 */
function ownsAnotherNoun(tokens: readonly Token[], from: number, trigger: TokenRange): boolean {
  let i = from;
  if (tokens[i]?.lower === "'s" || tokens[i]?.lower === '’s') i++;
  let noun = false;
  while (i < trigger.first && PHRASE_WORDS.has((tokens[i] as Token).pos)) {
    if (NOUNS.has((tokens[i] as Token).pos)) noun = true;
    i++;
  }
  return noun && i < trigger.first;
}

/** Whether "as" stands between the actor and the noun: the noun is a name for something ("referred to as the war on Velan"). */
function describedAs(tokens: readonly Token[], from: number, trigger: TokenRange): boolean {
  for (let i = from; i < trigger.first; i++) if ((tokens[i] as Token).lower === 'as') return true;
  return false;
}

/** Tags that link a noun to its complement ("talks with", "a visit to", "the war on"). */
const LINKS: ReadonlySet<string> = new Set(['ADP', 'PART']);

/**
 * Whether the actor after a noun trigger is not linked to it: words stand between them, and none is
 * a preposition ("conference the Tories").
 */
function unlinked(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  // The trigger may end in its preposition ("talks with").
  const end = tokens[trigger.last] as Token;
  let linked = LINKS.has(end.pos) || end.lower === 'to';
  for (let i = trigger.last + 1; i < second.first; i++) {
    const token = tokens[i] as Token;
    if (LINKS.has(token.pos) || token.lower === 'to') linked = true;
  }
  return second.first > trigger.last + 1 && !linked;
}

/**
 * Whether a noun trigger between two actors is not the first one's act on the second: the first
 * actor (its phrase ending before `from`) owns another noun or names the act, or the second is not
 * linked to the noun.
 */
export function notActorsNoun(tokens: readonly Token[], from: number, trigger: TokenRange, second: TokenRange): boolean {
  return ownsAnotherNoun(tokens, from, trigger) || describedAs(tokens, from, trigger) || unlinked(tokens, trigger, second);
}

/**
 * Whether "between" stands between the trigger and the second actor: it names the act's own parties,
 * of which the first actor is none ("was never present at meetings between himself and Lee"; the
 * tagger may take "meetings" for a verb there).
 */
export function partiesNamedBetween(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  for (let i = trigger.last + 1; i < second.first; i++) if ((tokens[i] as Token).lower === 'between') return true;
  return false;
}
