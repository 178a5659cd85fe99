/**
 * Actors that stand after an event word in another clause or phrase than its object, and so are no
 * party to it: in the clause a noun of claim opens ("called on Lee to denounce the suggestion Tarn's
 * hospitality was being tested"), in a clause of time ("would not make any commitments until the
 * Velan Party's manifesto was out"), the one a request wants something done to ("called for the
 * Audit Office to be given a free hand", "calls for a probe into claims about Lee"), and the topic of
 * a refusal to discuss ("refused to discuss his new position"). Used by placement.ts.
 */
import type { Token } from '../../doc/document.js';
import { CONTENT_NOUNS, TIME_CLAUSES, TOPIC_OBJECT, isFormOf } from '../../lexicon/plover.js';
import type { TokenRange } from './02-qualifiers.js';
import type { CandidateEvent } from './code.js';

// Prepositions that name a claim's author or source ("claims by Lee", "the suggestion from Tarn").
const AUTHORS = new Set(['by', 'from', 'of']);
// Nouns of inquiry whose "into" names what is looked into, not who is asked for it.
const INQUIRIES: ReadonlySet<string> = new Set(['probe', 'probes', 'inquiry', 'inquiries', 'investigation', 'investigations', 'review']);

/** Whether the actor stands in the clause of a noun of claim between the trigger and it ("the suggestion Tarn's …"). */
function inContentClause(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  for (let i = trigger.last + 1; i < second.first; i++) {
    // "discussed the idea with Lee": a preposition after the noun opens no clause of it.
    if (!CONTENT_NOUNS.has((tokens[i] as Token).lower) || tokens[i + 1]?.pos === 'ADP') continue;
    let author = false;
    for (let j = i + 1; j < second.first; j++) if (AUTHORS.has((tokens[j] as Token).lower)) author = true;
    if (!author) return true;
  }
  return false;
}

/** Whether a word of time opens a clause or phrase between the trigger and the actor ("until the Labour manifesto"). */
function inTimeClause(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  for (let i = trigger.last + 1; i < second.first; i++) if (TIME_CLAUSES.has((tokens[i] as Token).lower)) return true;
  return false;
}

/**
 * Whether a request wants something done to the actor, not asks it: "called for the Audit Office
 * to be given a free hand" (a passive infinitive after it), "calls for a probe into claims about
 * Lee" (what an inquiry looks into).
 */
function undergoesRequest(tokens: readonly Token[], trigger: TokenRange, second: TokenRange, act: CandidateEvent): boolean {
  if (act.code !== 'REQUEST') return false;
  if (tokens[second.last + 1]?.lower === 'to' && tokens[second.last + 2]?.lower === 'be' && tokens[second.last + 3]?.pos === 'VERB') return true;
  for (let i = trigger.last + 1; i < second.first; i++) if ((tokens[i] as Token).lower === 'into' && INQUIRIES.has(tokens[i - 1]?.lower ?? '')) return true;
  return false;
}

/** Whether the actor is the topic of an infinitive of discussing after the trigger, with no partner ("refused to discuss his position"). */
function topicOfInfinitive(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  const verb = tokens[trigger.last + 2];
  if (tokens[trigger.last + 1]?.lower !== 'to' || verb === undefined || !TOPIC_OBJECT.some((lemma) => isFormOf(verb.lower, lemma))) return false;
  for (let i = trigger.last + 3; i < second.first; i++) if ((tokens[i] as Token).lower === 'with') return false;
  return true;
}

/** Whether the actor after the trigger stands in another clause or phrase than the act's other party. */
export function outsideObject(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  const trigger = act.trigger;
  if (second.first <= trigger.last) return false;
  return inContentClause(tokens, trigger, second) || inTimeClause(tokens, trigger, second) || undergoesRequest(tokens, trigger, second, act) || topicOfInfinitive(tokens, trigger, second);
}
