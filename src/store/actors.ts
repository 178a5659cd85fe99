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
 * 4. Organisations and places without a kbId are merged when their names are the same, in the same
 *    way (an organisation's name names it; a surname alone does not name a person).
 * 5. Everything else (one-word names of people, entities of type `other`) belongs to its article
 *    only: it has no actor, and is found through its article.
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

/** The key of the actor an entity belongs to across articles, by the rule above; null when it has none. */
export function actorKey(entity: Pick<EntityRecord, 'name' | 'type' | 'kbId' | 'country'>): string | null {
  if (entity.kbId !== null && entity.kbId !== '') return `kb:${entity.kbId}`;
  if (entity.type === 'country' && entity.country !== null) return `country:${entity.country}`;
  if (entity.type === 'person') {
    const name = fullName(entity.name);
    return name === null ? null : `person:${name}`;
  }
  if (entity.type === 'organization' || entity.type === 'place' || entity.type === 'country') {
    const name = normaliseName(entity.name);
    return /\p{L}/u.test(name) ? `${entity.type}:${name}` : null;
  }
  return null;
}
