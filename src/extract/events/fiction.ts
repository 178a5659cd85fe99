/**
 * A work's plot. An act that a film, a book or a show depicts is its story, no event between real
 * actors: "That film saw Jason battle Freddy Krueger", "the film will see Michael discussing his
 * legal battles with Sony", "the novel follows Lee as she fights the studio". The subject is a noun
 * of a work (works.json `nouns`) and its verb one of showing (plover.json `depicting`), right before
 * the act's first actor.
 */
import type { Token } from '../../doc/document.js';
import works from '../../lexicon/works.json' with { type: 'json' };
import { DEPICTING, isFormOf } from '../../lexicon/plover.js';
import type { TokenRange } from './02-qualifiers.js';

const WORK_NOUNS: ReadonlySet<string> = new Set(works.nouns);
/** How many words may stand between the work's noun and the actor: auxiliaries and the verb ("will see", "has shown"). */
const VERB_REACH = 3;

/** Whether the actor is the object of a verb of depicting whose subject is a work ("That film saw Jason …"). */
export function toldInWork(tokens: readonly Token[], actor: TokenRange): boolean {
  const sentence = (tokens[actor.first] as Token).sentence;
  let verb = false;
  for (let i = actor.first - 1; i >= Math.max(0, actor.first - VERB_REACH - 1); i--) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) return false;
    if (!verb && DEPICTING.some((lemma) => isFormOf(token.lower, lemma))) verb = true;
    else if (verb && WORK_NOUNS.has(token.lower)) return true;
    else if (!verb || (token.pos !== 'AUX' && token.pos !== 'ADV' && token.pos !== 'PART')) return false;
  }
  return false;
}
