/**
 * Actors across articles: which entities of different articles are the same real-world actor.
 *
 * The rule, conservative on purpose (a wrong merge mixes two people's statements; a missed one only
 * splits a person's list):
 * 1. Entities with the same kbId are one actor, whatever their names.
 * 2. Countries with the same ISO code are one actor.
 * 3. People without a kbId are merged when their full names are the same within one source: at least
 *    two words once honorifics are dropped ("Mr Smith" is not a full name; "Anna Berg" and "anna  berg"
 *    are the same). Case, spacing, full stops and accents are ignored. An unknown "Anna Berg" of one
 *    outlet and of another may be two people, so each source has its own (sources compared as article
 *    keys compare them); a person with a kbId is one actor whatever the source.
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
  // A word without a letter, or with '@' (a handle), is no part of a person's name: '@' also ends the name in a key.
  const named = words.filter((word) => /\p{L}/u.test(word) && !word.includes('@'));
  return named.length >= 2 && named.length === words.length ? words.join(' ') : null;
}

/** A source as actor keys hold it: without case or surrounding space, '' for none. */
export function sourceOfKey(source: string | null | undefined): string {
  return (source ?? '').trim().toLowerCase();
}

/** The key of an unknown person by full name (as fullName gives it) within a source: `person:NAME[@SOURCE]`. */
export function personKey(name: string, source: string | null | undefined): string {
  const within = sourceOfKey(source);
  return within === '' ? `person:${name}` : `person:${name}@${within}`;
}

/**
 * The key of the actor an entity of an article from `source` belongs to across articles, by the rule
 * above; null when it has none. An unknown person's key is `person:NAME` without a source, else
 * `person:NAME@SOURCE`.
 */
export function actorKey(entity: Pick<EntityRecord, 'name' | 'type' | 'kbId' | 'country'>, source: string | null | undefined): string | null {
  if (entity.kbId !== null && entity.kbId !== '') return `kb:${entity.kbId}`;
  if (entity.type === 'country' && entity.country !== null) return `country:${entity.country}`;
  if (entity.type === 'person') {
    const name = fullName(entity.name);
    if (name === null) return null;
    return personKey(name, source);
  }
  if (entity.type === 'organization' || entity.type === 'place' || entity.type === 'country') {
    const name = normaliseName(entity.name);
    return /\p{L}/u.test(name) ? `${entity.type}:${name}` : null;
  }
  return null;
}
