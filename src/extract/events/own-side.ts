/**
 * A person's act toward their own country is no interaction between two actors. PLOVER codes what
 * one actor does to another: a visit is travel to meet a host abroad, support is given to another
 * side. A British prime minister "on his first official visit to London" visits no host, and one
 * who "defended the UK's current regime" defends his own side's rules; the country (for a visit,
 * its government too: "London") is the person's own, so the event links no two sides. Support for
 * the person's own government stays, a domestic interaction ("the opposition leader backed the
 * government").
 */
import type { Doc, Event } from '../../doc/document.js';

/** The first person plural: said by a person, the group they speak for, which holds them and their country. */
const WE: ReadonlySet<string> = new Set(['we', 'us', 'our', 'ours']);

/**
 * Whether one actor is a person's "we" and the other that person's country: "There is no question of
 * Britain giving up our veto," said a British prime minister — "our" is Britain's side, no second party.
 */
function weAndOwnCountry(doc: Doc, event: Event): boolean {
  for (const [we, other] of [[event.source, event.target], [event.target, event.source]] as const) {
    const person = doc.entities[we.entity ?? -1];
    const country = doc.entities[other.entity ?? -1];
    if (person?.type !== 'person' || person.country === null || country === undefined || !WE.has(doc.slice(we).toLowerCase())) continue;
    if (country.country === person.country && (country.type === 'country' || country.kbId === `gov/${person.country}`)) return true;
  }
  return false;
}

/** Whether an event's source is a person of the country that is its target in a visit or support, or a person's "we" acts with their own country. */
export function ownSide(doc: Doc, event: Event): boolean {
  if (weAndOwnCountry(doc, event)) return true;
  const visit = event.code === 'CONSULT' && event.mode === 'visit';
  if (!visit && event.code !== 'SUPPORT') return false;
  const source = doc.entities[event.source.entity ?? -1];
  const target = doc.entities[event.target.entity ?? -1];
  if (source?.type !== 'person' || source.country === null || target === undefined || target.country !== source.country) return false;
  return target.type === 'country' || (visit && target.kbId === `gov/${source.country}`);
}
