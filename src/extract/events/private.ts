/**
 * Private life and business are no event. PLOVER codes political interaction: its economic context
 * excludes "news solely about individual companies" and "mundane business activities", and its
 * cooperative categories are the dealings of states, governments, parties and their people. So
 * between actors none of whom acts in politics (persons, companies and other organisations of no
 * public office), a meeting, talks, a call, praise, thanks, a tribute, an offer, a request, a
 * refusal, aid or a concession is their private or commercial life ("Dam met Kerr to discuss the
 * script", "Velder Holdings is in talks with Marto Group about an alliance", "paid tribute to the
 * late actor", "Velder Airways suspended her without pay"). What stays between them has a public
 * reading PLOVER codes whoever does it: an accusation or a lawsuit, a threat, a protest, coercion and
 * force ("Dam sued Kerr for libel", "Dam attacked Kerr in the street").
 */
import type { Event } from '../../doc/document.js';

/** The categories that are coded between actors of no politics: conflict, which the law and the public take up. */
const PUBLIC: ReadonlySet<string> = new Set(['ACCUSE', 'THREATEN', 'PROTEST', 'COERCE', 'ASSAULT', 'MOBILIZE']);

/** Whether an event between actors none of whom acts in politics is private or commercial life, no event. */
export function privateDealing(event: Event): boolean {
  return !PUBLIC.has(event.code);
}
