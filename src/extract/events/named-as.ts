/**
 * A call that names its object: "called Kerr a liar", "called Tarn's ambassador to Velan a very
 * stupid man". "Call" with a second object describes, it does not phone; the manual's ACCUSE
 * 'disapprove' holds denigration and its SUPPORT praise, so the description's judgement words say which.
 */
import type { Token } from '../../doc/document.js';
import { BLAME_WORDS, PRAISE_WORDS, isFormOf, type PloverCode } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

/** Words that open the description given ("a liar", "an utter disgrace", "the worst"). */
const OPENERS = new Set(['a', 'an', 'the']);
/** How many words a complement of the one called may have before the description ("Tarn's ambassador to the United States"). */
const COMPLEMENT_REACH = 5;
/** How many words after its opener the judgement word may stand ("a very stupid guy"). */
const JUDGEMENT_REACH = 4;
const COMPLEMENT_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ']);

/** Where the description after the one called opens, past a complement with "to" or "of", or -1. */
function descriptionStart(tokens: readonly Token[], called: TokenRange): number {
  let i = called.last + 1;
  if (tokens[i]?.lower === 'to' || tokens[i]?.lower === 'of') {
    const limit = i + COMPLEMENT_REACH;
    i++;
    // A complement's own article is part of it ("to the United States"): the description opens later.
    if (tokens[i]?.lower === 'the') i++;
    while (i <= limit && (tokens[i]?.pos === 'PROPN' || tokens[i]?.pos === 'NOUN') && !OPENERS.has(tokens[i]?.lower ?? '')) i++;
  }
  return OPENERS.has(tokens[i]?.lower ?? '') ? i : -1;
}

/**
 * The judgement of a call that names the actor after it, or null: blame is ACCUSE/disapprove, praise
 * SUPPORT; a description with neither is no event of its own (the call is no phone call either way).
 */
export function namedAs(tokens: readonly Token[], trigger: Trigger, later: TokenRange): { code: PloverCode; mode: string | null } | null {
  if (trigger.mode !== 'phone' || later.first <= trigger.last || later.first > trigger.last + 4) return null;
  if (!isFormOf((tokens[trigger.first] as Token).lower, 'call')) return null;
  const start = descriptionStart(tokens, later);
  if (start < 0) return null;
  for (let i = start + 1; i <= start + JUDGEMENT_REACH; i++) {
    const token = tokens[i];
    if (token === undefined || !COMPLEMENT_TAGS.has(token.pos) && token.pos !== 'ADV') return null;
    if (BLAME_WORDS.has(token.lower)) return { code: 'ACCUSE', mode: 'disapprove' };
    if (PRAISE_WORDS.has(token.lower)) return { code: 'SUPPORT', mode: null };
  }
  return null;
}
