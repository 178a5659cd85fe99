/**
 * Actors across articles: which entities of different articles are the same real-world actor.
 *
 * The rule, conservative on purpose (a wrong merge mixes two people's statements; a missed one only
 * splits a person's list):
 * 1. Entities with the same kbId are one actor, whatever their names.
 * 2. Countries with the same ISO code are one actor.
 * 3. People without a kbId are merged when their full names are the same: at least two words once
 *    honorifics are dropped ("Mr Smith" is not a full name; "Anna Berg" and "anna  berg" are the same).
 *    Case, spacing, full stops and accents are ignored.
 * 4. Everything else (one-word names, organisations and places without a kbId) stays its own actor.
 */
import type { EntityRecord } from '../doc/record.js';
import { HONORIFICS } from '../lexicon/words.js';

/** A name with case, accents, full stops and spacing ignored. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a person's name without leading honorifics ("Dr", "Mr"), or null when it is not a full name. */
export function fullName(name: string): string | null {
  const words = normaliseName(name).split(' ').filter((word) => word !== '');
  while (words.length > 0 && (HONORIFICS.has(words[0] ?? '') || HONORIFICS.has(`${words[0] ?? ''}.`))) words.shift();
  const named = words.filter((word) => /\p{L}/u.test(word));
  return named.length >= 2 && named.length === words.length ? words.join(' ') : null;
}

/** The key of the actor an entity of the article `articleKey` belongs to, by the rule above. */
export function actorKey(entity: Pick<EntityRecord, 'id' | 'name' | 'type' | 'kbId' | 'country'>, articleKey: string): string {
  if (entity.kbId !== null && entity.kbId !== '') return `kb:${entity.kbId}`;
  if (entity.type === 'country' && entity.country !== null) return `country:${entity.country}`;
  if (entity.type === 'person') {
    const name = fullName(entity.name);
    if (name !== null) return `person:${name}`;
  }
  return `entity:${articleKey}#${entity.id}`;
}
