/**
 * Speaking to the press is no consultation. PLOVER's CONSULT is meetings, visits, calls and talks
 * between actors; "was speaking to the BBC's Newsnight programme", "told the Daily Telegraph" address
 * the public through a news outlet (the lexicon's `media`), an interview. A tour of a body's
 * building is sightseeing, no visit to a counterpart ("profited from private tours of Parliament").
 * And a court is where a legal battle is fought, no party to it ("won the first round of a High
 * Court battle with Lee").
 */
import type { Doc, Entity, Event, Token } from '../../doc/document.js';
import { MEDIA_WORDS } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

function nameWords(entity: Entity | undefined): string[] {
  return entity === undefined ? [] : entity.name.toLowerCase().split(/[\s'’]+/);
}

/** Whether an event is a CONSULT with a news outlet: an interview. */
export function interview(doc: Doc, event: Event): boolean {
  if (event.code !== 'CONSULT') return false;
  const outlet = (index: number | null): boolean => nameWords(doc.entities[index ?? -1]).some((w) => MEDIA_WORDS.has(w));
  return outlet(event.target.entity) || outlet(event.source.entity);
}

/** Whether an actor is a court named right before an event noun: where the dispute is fought ("a High Court battle"). */
export function courtOfDispute(doc: Doc, entity: Entity | undefined, range: TokenRange, triggers: readonly Trigger[]): boolean {
  if (entity?.type !== 'organization' || nameWords(entity).at(-1) !== 'court') return false;
  return triggers.some((t) => t.first === range.last + 1 && (doc.tokens[t.first] as Token).pos === 'NOUN');
}

/** Whether an event is a tour of an organisation's premises ("private tours of Parliament"): no CONSULT. */
export function tourOfPremises(doc: Doc, event: Event): boolean {
  if (event.code !== 'CONSULT' || event.mode !== 'visit' || doc.entities[event.target.entity ?? -1]?.type !== 'organization') return false;
  return /^tour/.test(doc.text.slice(event.trigger.start, event.trigger.end).toLowerCase());
}
