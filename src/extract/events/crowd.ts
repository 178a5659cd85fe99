/**
 * A riot. PLOVER's ASSAULT is the use of force between armed sides or on victims, while PROTEST
 * 'riot' is "distinct, continuous and violent action directed toward members of a distinct 'other'
 * group or government authorities" by civilians: a clash or fight in which one side is a crowd (the
 * lexicon's `crowds`: "opponents of the government clashed with police", "police fought running
 * battles with protesters") is a riot; one between troops and rebels stays ASSAULT.
 */
import type { Token } from '../../doc/document.js';
import { CROWDS, DISPUTES, isFormOf } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

/** The head noun of an actor's phrase: the word before its first "of" ("opponents of the government"), else its last. */
function headOf(tokens: readonly Token[], actor: TokenRange): Token | undefined {
  for (let i = actor.first + 1; i <= actor.last; i++) if ((tokens[i] as Token).lower === 'of') return tokens[i - 1];
  return tokens[actor.last];
}

/** Whether an actor's phrase names a crowd ("Political opponents of the government", "thousands of protesters"). */
function crowd(tokens: readonly Token[], actor: TokenRange): boolean {
  const head = headOf(tokens, actor);
  if (head === undefined) return false;
  // "thousands of protesters": the crowd is the complement of a number.
  const last = tokens[actor.last];
  return [head.lower, last?.lower ?? ''].some((word) => CROWDS.has(word) || (word.endsWith('s') && CROWDS.has(word.slice(0, -1))));
}

/** Whether an ASSAULT trigger is a clash or fight with a crowd on one side: PROTEST 'riot'. */
export function riot(tokens: readonly Token[], trigger: Trigger, first: TokenRange, second: TokenRange): boolean {
  if (trigger.code !== 'ASSAULT' || trigger.mode !== null) return false;
  const word = (tokens[trigger.first] as Token).lower;
  if (!DISPUTES.some((lemma) => isFormOf(word, lemma)) || word.startsWith('hit')) return false;
  return crowd(tokens, first) || crowd(tokens, second);
}
