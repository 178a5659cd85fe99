/**
 * To demonstrate something is to show it, no protest. PLOVER's PROTEST 'demo' is a demonstration,
 * which English tells with the verb standing alone or with where and against what ("thousands
 * demonstrated against the war", "demonstrated outside the embassy"); with an object or a
 * that-clause the verb means to show ("LG was demonstrating one at the fair", "demonstrates the US
 * commitment to Tarn", "demonstrated that the plan works").
 */
import type { Token } from '../../doc/document.js';
import { isFormOf } from '../../lexicon/plover.js';
import { TIME_WORDS } from '../../lexicon/words.js';
import type { Trigger } from './01-triggers.js';

// The words that open an object: "demonstrating one", "demonstrated the phone", "demonstrated its
// commitment", "demonstrated 3D images", "demonstrated that"; not a time ("demonstrated Sunday").
const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** Whether a PROTEST trigger is the verb "demonstrate" with an object: a showing, no protest. */
export function demonstratedThing(tokens: readonly Token[], trigger: Trigger): boolean {
  const verb = tokens[trigger.first] as Token;
  if (trigger.code !== 'PROTEST' || trigger.first !== trigger.last || verb.pos !== 'VERB' || !isFormOf(verb.lower, 'demonstrate')) return false;
  const next = tokens[trigger.last + 1];
  if (next === undefined || next.sentence !== verb.sentence || TIME_WORDS.has(next.lower)) return false;
  return next.lower === 'that' || OBJECT_STARTS.has(next.pos);
}
