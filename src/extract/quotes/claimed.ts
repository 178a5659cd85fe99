/**
 * "Johnson claimed the title", "Ireland claimed their first win": "claim" with a thing for its object
 * means won, took or demanded it, and reports no words. What "claim" reports is a clause ("claimed the
 * auction was illegal"): a noun phrase, then its verb. A noun phrase right after the cue, perhaps with
 * prepositional phrases, that the sentence's end, a subordinator ("while"), or a comma after such a
 * phrase follows, with no verb of its own, is a thing claimed.
 */
import type { Cue, Doc, Token } from '../../doc/document.js';
import { POSSESSIVE_PRONOUNS, phraseStartingAt } from '../speakers/noun-phrase.js';

/** Tags that open a noun phrase for a thing ("the title", "top spot", "more than dollars 20bn"). */
const THING_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Tags passed over after the phrase before what ends it ("in Group A with", "the top spot ahead of"). */
const PASSED = new Set(['DET', 'NUM', 'ADV']);
/** Words after the phrase that still open a clause of what was claimed. */
const CLAUSE_WORDS = new Set(['that', 'whether', 'if']);

/** Whether token `t` ends a thing claimed: the sentence's end, or a subordinator, or after a prepositional phrase a comma. */
function endsAThing(t: Token | undefined, sentence: number, afterPhrase: boolean): boolean {
  if (t === undefined || t.sentence !== sentence || t.lower === '.') return true;
  return (t.pos === 'SCONJ' && !CLAUSE_WORDS.has(t.lower)) || (afterPhrase && t.lower === ',');
}

/**
 * Whether a cue of "claim" has a thing for its object, not a clause ("claimed her first title in 72
 * years", "claimed the 200m."); not a report set after what was said ("…, claimed the union").
 */
export function claimsAThing(doc: Doc, cue: Cue): boolean {
  const tokens = doc.tokens;
  const first = cue.lastToken + 1;
  const opening = tokens[first];
  if (cue.lemma !== 'claim' || opening === undefined || tokens[cue.token - 1]?.pos === 'PUNCT') return false;
  if (!THING_OPENERS.has(opening.pos) && !POSSESSIVE_PRONOUNS.has(opening.lower)) return false;
  const object = phraseStartingAt(tokens, first);
  if (object === null || object.first !== first) return false;
  const sentence = opening.sentence;
  const pass = (from: number): number => {
    let k = from;
    while (PASSED.has(tokens[k]?.pos ?? '') && tokens[k]?.sentence === sentence) k++;
    return k;
  };
  // "their display in the defeat against Bayern Munich was …": prepositional phrases, then the verb of a clause.
  let k = pass(object.last + 1);
  let afterPhrase = false;
  while (tokens[k]?.pos === 'ADP' && tokens[k]?.sentence === sentence && !CLAUSE_WORDS.has(tokens[k]?.lower ?? '')) {
    const phrase = phraseStartingAt(tokens, k + 1);
    if (phrase === null) return true;
    k = pass(phrase.last + 1);
    afterPhrase = true;
  }
  return endsAThing(tokens[k], sentence, afterPhrase);
}
