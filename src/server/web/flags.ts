/**
 * How the pages tell an act that happened from one that did not, or not yet: negated, requested,
 * possible, planned, hypothetical and habitual events are kept apart from asserted ones, and drawn so.
 */
import type { EventRecord } from '../../doc/record.js';
import type { FlagFilter } from '../../store/store.js';
import { html, type Html } from './html.js';

/** The filter of acts that happened as the article tells them: asserted and not negated. */
export const ASSERTED: FlagFilter = { negated: false, modality: ['asserted'] };

/** The class an event is drawn with: `asserted`, or `negated` and its modality. */
export function flagClass(event: Pick<EventRecord, 'negated' | 'modality'>): string {
  return [event.negated ? 'flag-negated' : '', event.modality === 'asserted' ? (event.negated ? '' : 'flag-asserted') : `flag-${event.modality}`].filter((part) => part !== '').join(' ');
}

/** The words that say what kind of act it is, before the actors ("not", "requested"); nothing for an act that happened. */
export function flagLabel(event: Pick<EventRecord, 'negated' | 'modality'>): Html | '' {
  const words = [event.negated ? 'not' : '', event.modality === 'asserted' ? '' : event.modality].filter((word) => word !== '');
  return words.length === 0 ? '' : html`<em class="flag">${words.join(', ')}</em> `;
}
