/**
 * A conflict of words: PLOVER's ASSAULT is the use of force, and criticism is ACCUSE. The lexicon's
 * `disputes` ("fight", "battle", "clash") name either; waged by an actor that cannot use force (no
 * state, government or armed group) they name a dispute ("the Parliament clashed with the Commission
 * on the issue", "Lee battled with the studio over his role", "Yukos has been battling the Russian
 * authorities"), ACCUSE/disapprove. So is an attack
 * ("attack", "assault") on a body that has none to hurt — a party, an IGO, a company — by one that
 * cannot use force ("his attack on Labour was not a publicity stunt"). And a body taken over by one
 * that is no armed group is a change of who runs it, no seizure by force ("the Arts Council may be
 * taken over by the Assembly Government").
 */
import type { Doc, Event } from '../../doc/document.js';
import type { ActorKind } from '../../doc/record.js';
import { DISPUTES, VERBAL_ATTACKS, isFormOf } from '../../lexicon/plover.js';
import { forceKind } from './kind.js';

/** Kinds of actor that are bodies of people, with no body to hurt: an attack on them is one of words. */
const BODIES: ReadonlySet<ActorKind> = new Set(['party', 'igo', 'company']);

/**
 * Recodes an event in place as a dispute of words when neither actor can use force and its trigger
 * is a dispute word, or an attack on a party, an IGO or a company.
 */
export function disputeOfWords(doc: Doc, event: Event, source: ActorKind, target: ActorKind): void {
  if (event.code !== 'ASSAULT' || event.mode !== null || forceKind(source)) return;
  const word = doc.text.slice(event.trigger.start, event.trigger.end).toLowerCase().split(/\s/)[0] ?? '';
  // A fight its doer cannot wage by force is one of words, whoever it is fought with ("Yukos has been
  // battling the Russian authorities"); an attack on one that can use force may still be an assault.
  const dispute = DISPUTES.some((lemma) => isFormOf(word, lemma));
  const words = dispute || (BODIES.has(target) && VERBAL_ATTACKS.some((lemma) => isFormOf(word, lemma)));
  if (!words) return;
  event.code = 'ACCUSE';
  event.mode = 'disapprove';
}

/**
 * Whether an event is an organisation taken over by an actor that is no armed group: ASSAULT 'seize'
 * is occupying territory by force, and a body's takeover by a government or a firm is no event.
 */
export function takeoverOfBody(doc: Doc, event: Event, source: ActorKind, target: ActorKind): boolean {
  if (event.code !== 'ASSAULT' || event.mode !== 'seize' || source === 'armed-group' || target === 'state') return false;
  const word = doc.text.slice(event.trigger.start, event.trigger.end).toLowerCase();
  return /^(take|takes|taking|took|taken)\b/.test(word) && doc.entities[event.target.entity ?? -1]?.type === 'organization';
}
