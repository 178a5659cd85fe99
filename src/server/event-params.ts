/**
 * The filters of events read from a request: the two sides (an actor at either end, two actors, or a
 * source and a target), the PLOVER code, negation and modality. A side that names no actor the store
 * knows is a 400 saying so, not an empty list that looks like "no events".
 */
import type { EventRecord } from '../doc/record.js';
import type { EventFilter, Store } from '../store/store.js';
import { HttpError } from './http.js';
import type { Params } from './params.js';

/** The parameters the events filter reads. */
export const EVENT_PARAMS = ['actor', 'sourceActor', 'targetActor', 'code', 'negated', 'modality', 'political'] as const;

/** The modalities of events, asserted first. */
export const MODALITIES: ReadonlyArray<EventRecord['modality']> = ['asserted', 'possible', 'planned', 'habitual', 'hypothetical', 'requested'];

/** Throws 400 unless each term names an actor of the store. */
export async function knownActors(store: Store, terms: ReadonlyArray<string | undefined>): Promise<void> {
  for (const term of terms) {
    if (term !== undefined && (await store.entities({ actor: term, limit: 1 })).length === 0) throw new HttpError(400, `no actor in the store is named "${term}"`);
  }
}

/** The events filter of a request (without the common filters); `actor` may be given twice: the events between the two. */
export async function eventFilter(p: Params, store: Store): Promise<Omit<EventFilter, 'limit' | 'offset'>> {
  const actors = p.list('actor', 2);
  const sourceActor = p.text('sourceActor');
  const targetActor = p.text('targetActor');
  if (actors.length > 0 && (sourceActor !== undefined || targetActor !== undefined)) throw new HttpError(400, '"actor" and "sourceActor"/"targetActor" exclude each other');
  await knownActors(store, [...actors, sourceActor, targetActor]);
  const code = p.code('code');
  const negated = p.boolean('negated');
  const modality = p.choices('modality', MODALITIES);
  const political = p.boolean('political');
  const [first, second] = actors;
  return {
    ...(first !== undefined && second !== undefined ? { between: [first, second] as const } : first !== undefined && { actor: first }),
    ...(sourceActor !== undefined && { sourceActor }),
    ...(targetActor !== undefined && { targetActor }),
    ...(code !== undefined && { code }),
    ...(negated !== undefined && { negated }),
    ...(modality !== undefined && { modality }),
    ...(political !== undefined && { political }),
  };
}
