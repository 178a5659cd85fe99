/**
 * A conflict of words: PLOVER's ASSAULT is the use of force, and criticism is ACCUSE. The lexicon's
 * `disputes` ("fight", "battle", "clash") name either; between actors of whom none can use force (no
 * state, government or armed group) they name a dispute ("the Parliament clashed with the Commission
 * on the issue", "Lee battled with the studio over his role"), ACCUSE/disapprove.
 */
import type { Doc, Event } from '../../doc/document.js';
import type { ActorKind } from '../../doc/record.js';
import { DISPUTES, isFormOf } from '../../lexicon/plover.js';
import { forceKind } from './kind.js';

/** Recodes an event in place as a dispute of words when its trigger is a dispute word and neither actor can use force. */
export function disputeOfWords(doc: Doc, event: Event, source: ActorKind, target: ActorKind): void {
  if (event.code !== 'ASSAULT' || event.mode !== null || forceKind(source) || forceKind(target)) return;
  const word = doc.text.slice(event.trigger.start, event.trigger.end).toLowerCase().split(/\s/)[0] ?? '';
  if (!DISPUTES.some((lemma) => isFormOf(word, lemma))) return;
  event.code = 'ACCUSE';
  event.mode = 'disapprove';
}
