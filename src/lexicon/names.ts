/** Words that tell what a capitalised name denotes: name heads, party names, given names. */
import heads from './name-heads.json' with { type: 'json' };
import given from './given-names.json' with { type: 'json' };
import { fold } from '../text/fold.js';

/** Last words of names of things that are neither people nor organisations ("Act", "Cup", "Inquiry"). */
export const OTHER_HEADS: ReadonlySet<string> = new Set(heads.other);
/** Words that alone name a thing, though written in capitals ("TV", "HIV", "SMS"), lower-cased. */
export const THINGS: ReadonlySet<string> = new Set(heads.things);
/** Last words of names of places ("Street", "River", "Airport"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(heads.place);
/** Party names and their members' plurals, lower-cased ("labour", "tories", "lib dems"). */
export const PARTIES: ReadonlySet<string> = new Set(heads.parties);
/** Nouns that after a demonym denote a government ("the Russian government", "the Iranian regime"). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(heads.government);

/** The usual gender of a given name's bearers. */
export type NameGender = 'female' | 'male' | 'either';

const GIVEN = new Map<string, NameGender>();
for (const gender of ['female', 'male', 'either'] as const) {
  for (const name of given[gender]) GIVEN.set(fold(name).toLowerCase(), gender);
}

/** The gender of a given name ("Patricia" → female), matched without case or diacritics; undefined for a word that is none. */
export function givenName(word: string): NameGender | undefined {
  return GIVEN.get(fold(word).toLowerCase());
}
