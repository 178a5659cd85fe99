/**
 * To meet a target is to satisfy it, no meeting. PLOVER's CONSULT 'meet' is a meeting of actors;
 * "would meet his golden economic rule", "met the deadline", "to meet the needs of refugees" tell of
 * a standard reached (the lexicon's `metStandards`), whoever owns it. And to have met as students
 * is to have come to know each other then ("Lee and Kerr met as students at Oxford"), no meeting;
 * not "met as planned", "met as part of the summit".
 */
import type { Token } from '../../doc/document.js';
import { MET_STANDARDS, isFormOf } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';

/** The words of the object phrase before its head ("his golden economic rule"). */
const PHRASE: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** How many words the object phrase may have. */
const PHRASE_REACH = 5;

/** Whether "met as" opens what the actors were when they came to know each other ("met as students"). */
function metAs(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'as') return false;
  let i = at + 1;
  while (tokens[i]?.pos === 'DET' || tokens[i]?.pos === 'ADJ') i++;
  const head = tokens[i];
  return head !== undefined && head.pos === 'NOUN' && head.lower !== 'part';
}

/** Whether a CONSULT trigger is "meet" whose object is a standard met, or "met as students": no meeting of actors. */
export function metStandard(tokens: readonly Token[], trigger: Trigger): boolean {
  const verb = tokens[trigger.first] as Token;
  if (trigger.code !== 'CONSULT' || trigger.first !== trigger.last || verb.pos !== 'VERB' || !isFormOf(verb.lower, 'meet')) return false;
  if (metAs(tokens, trigger.last + 1)) return true;
  for (let i = trigger.last + 1; i <= trigger.last + PHRASE_REACH; i++) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== verb.sentence || !PHRASE.has(token.pos)) return false;
    if (MET_STANDARDS.has(token.lower)) return true;
  }
  return false;
}
