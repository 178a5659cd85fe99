/**
 * The place gazetteer: countries, US states, major cities and news regions, loaded from places.json,
 * with name and demonym lookups built once at module load.
 */
import data from './places.json' with { type: 'json' };
import { fold, looseKey } from '../text/fold.js';

/** What a place name denotes. */
export type PlaceKind = 'country' | 'state' | 'city' | 'capital' | 'region' | 'government';

/** One reading of a place name. */
export interface Place {
  kind: PlaceKind;
  /** The canonical name of the country, state, city or region; for 'capital' the capital, for 'government' the seat as listed. */
  name: string;
  /** The country the place belongs to (USA for a state); null for a region. */
  iso3: string | null;
}

/** A sovereign state or observer (UN members, Holy See, Palestine, Kosovo, Taiwan). */
export interface Country {
  /** ISO 3166-1 alpha-3 code (XKX for Kosovo, which has none). */
  iso3: string;
  name: string;
  /** Other short and long forms, older names, spellings without diacritics. */
  aliases: readonly string[];
  /** Adjective and people forms ("Dutch", "Briton"); a demonym may be shared by two states. */
  demonyms: readonly string[];
  capital: string;
  /** Other spellings and names of the capital ("Kiev"). */
  capitalAliases: readonly string[];
  /** Seats of government and buildings used as metonyms ("the Kremlin"), never the capital itself. */
  government: readonly string[];
}

/** A US state or the District of Columbia. */
export interface UsState {
  name: string;
  /** AP-style ("S.C.") and postal ("SC") abbreviations. */
  abbreviations: readonly string[];
}

/** A major city that is not a national capital. */
export interface City {
  name: string;
  /** ISO 3166-1 alpha-3 code of its country. */
  country: string;
  aliases: readonly string[];
}

/** Every country, in the order of places.json. */
export const COUNTRIES: readonly Country[] = Object.freeze(
  data.countries.map((c) =>
    Object.freeze({
      iso3: c.iso3,
      name: c.name,
      aliases: Object.freeze([...c.aliases]),
      demonyms: Object.freeze([...c.demonyms]),
      capital: c.capital,
      capitalAliases: Object.freeze([...(c.capitalAliases ?? [])]),
      government: Object.freeze([...c.government]),
    }),
  ),
);

/** The 50 US states and the District of Columbia. */
export const US_STATES: readonly UsState[] = Object.freeze(
  data.usStates.map((s) => Object.freeze({ name: s.name, abbreviations: Object.freeze([...s.abbreviations]) })),
);

/** Major non-capital cities, each with its country. */
/** Entries listed by their country's code ("towns", "provinces" in places.json), one name each. */
function byCountry(lists: Readonly<Record<string, readonly string[]>>): City[] {
  return Object.entries(lists).flatMap(([country, names]) => names.map((name) => Object.freeze({ name, country, aliases: Object.freeze([]) })));
}

/** Cities with their country: the major ones with their aliases, then the towns listed by country. */
export const CITIES: readonly City[] = Object.freeze([
  ...data.cities.map((c) => Object.freeze({ name: c.name, country: c.country, aliases: Object.freeze([...c.aliases]) })),
  ...byCountry(data.towns),
]);

/** First-level divisions of a country and regions within one ("Queensland", "Chechnya", "Kent"), with that country. */
export const PROVINCES: readonly City[] = Object.freeze(byCountry(data.provinces));

/** Continents, news regions and sub-national or disputed territories, as written in places.json. */
export const REGIONS: readonly string[] = Object.freeze([...data.regions]);

/** States that no longer exist ("Soviet Union", "Yugoslavia"): places with no country of today. */
export const FORMER_STATES: readonly string[] = Object.freeze([...data.formerStates]);

/** looseKey of an already folded text. */
function looseOf(folded: string): string {
  return folded.toLowerCase().replace(/^the /, '');
}

// Acronyms ("US", "U.S.", "UAE", "LA") match only in their own case, so "us" or "la" never names a place.
const ACRONYM = /^(?:[A-Z]\.?){2,}$/;

const KIND_ORDER: Readonly<Record<PlaceKind, number>> = {
  country: 0, capital: 1, city: 2, government: 3, state: 4, region: 5,
};

interface Indexes {
  exact: Map<string, readonly Place[]>;
  loose: Map<string, readonly Place[]>;
  demonyms: Map<string, readonly Country[]>;
  regionDemonyms: Map<string, string>;
  iso3: Map<string, Country>;
}

/** English plural of a people form, or null when it has none distinct from the singular ("Swiss", "Chinese"). */
function plural(demonym: string): string | null {
  if (/(?:s|sh|ch|x|z|ese|y)$/i.test(demonym)) return null;
  if (/man$/.test(demonym)) return demonym.replace(/man$/, 'men');
  return `${demonym}s`;
}

function buildIndexes(): Indexes {
  const exact = new Map<string, Place[]>();
  const loose = new Map<string, Place[]>();
  const add = (surface: string, place: Place, caseSensitive: boolean): void => {
    const exactCase = caseSensitive || ACRONYM.test(surface);
    const map = exactCase ? exact : loose;
    const key = exactCase ? fold(surface) : looseKey(surface);
    if (key === '') return;
    const list = map.get(key);
    if (list === undefined) map.set(key, [place]);
    // One reading per kind and country: "Elysee" and "the Élysée" are one seat, named as first listed.
    else if (!list.some((p) => p.kind === place.kind && p.iso3 === place.iso3 && (p.iso3 !== null || p.name === place.name))) {
      list.push(place);
    }
  };
  const place = (kind: PlaceKind, name: string, iso3: string | null): Place => Object.freeze({ kind, name, iso3 });

  const demonyms = new Map<string, Country[]>();
  const iso3 = new Map<string, Country>();
  for (const c of COUNTRIES) {
    iso3.set(c.iso3, c);
    const country = place('country', c.name, c.iso3);
    for (const name of [c.name, ...c.aliases]) add(name, country, false);
    const capital = place('capital', c.capital, c.iso3);
    for (const name of [c.capital, ...c.capitalAliases]) add(name, capital, false);
    for (const seat of c.government) add(seat, place('government', seat, c.iso3), false);
    for (const d of c.demonyms) {
      const forms = [d];
      const p = plural(d);
      if (p !== null) forms.push(p);
      for (const form of forms) {
        const key = looseKey(form);
        const list = demonyms.get(key);
        if (list === undefined) demonyms.set(key, [c]);
        else if (!list.includes(c)) list.push(c);
      }
    }
  }
  for (const s of US_STATES) {
    const state = place('state', s.name, 'USA');
    add(s.name, state, false);
    // Abbreviations are matched in their own case: "Miss." and "Ind." are states, "miss." and "ind." are not.
    for (const abbreviation of s.abbreviations) add(abbreviation, state, true);
  }
  for (const c of CITIES) {
    const city = place('city', c.name, c.country);
    for (const name of [c.name, ...c.aliases]) add(name, city, false);
  }
  for (const p of PROVINCES) add(p.name, place('state', p.name, p.country), false);
  for (const r of [...REGIONS, ...FORMER_STATES]) add(r, place('region', r, null), false);
  const regionDemonyms = new Map<string, string>();
  for (const [region, forms] of Object.entries(data.regionDemonyms)) {
    for (const d of forms) for (const form of [d, plural(d)]) if (form !== null) regionDemonyms.set(looseKey(form), region);
  }

  const byKind = (a: Place, b: Place): number => KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  for (const map of [exact, loose]) {
    for (const list of map.values()) Object.freeze(list.sort(byKind));
  }
  for (const list of demonyms.values()) Object.freeze(list);
  return { exact, loose, demonyms, regionDemonyms, iso3 };
}

const INDEXES = buildIndexes();
const NONE: readonly Place[] = Object.freeze([]);

/**
 * Every reading of a place name, most likely first: country, capital, city, seat of government,
 * US state, region ("Georgia" → the country, then the state; "New York" → the city, then the state;
 * "Washington" → the US government, then the state). Matching ignores case, diacritics and a leading
 * "the" ("Cote d'Ivoire", "Kremlin"), except for acronyms and state abbreviations, which must match
 * in their own case ("US", "U.S.", "S.C."). Returns an empty list for an unknown name.
 */
export function placesByName(name: string): readonly Place[] {
  const folded = fold(name);
  const exact = INDEXES.exact.get(folded);
  const loose = INDEXES.loose.get(looseOf(folded));
  if (exact === undefined) return loose ?? NONE;
  if (loose === undefined) return exact;
  return [...exact, ...loose].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * The most likely reading of a place name (the first of placesByName), or undefined when the name is
 * not in the gazetteer. "Holland" → { kind: 'country', name: 'Netherlands', iso3: 'NLD' };
 * "the Kremlin" → { kind: 'government', name: 'the Kremlin', iso3: 'RUS' }.
 */
export function placeByName(name: string): Place | undefined {
  return placesByName(name)[0];
}

/**
 * Every country a demonym or its plural may refer to ("Congolese" → both Congos); matching ignores
 * case and diacritics.
 */
export function countriesByDemonym(word: string): readonly Country[] {
  return INDEXES.demonyms.get(looseKey(word)) ?? [];
}

/**
 * The country of a demonym or its plural ("Dutch" → NLD, "British" and "Britons" → GBR), or undefined
 * when the word is no demonym or is shared by two states ("Congolese", "Dominican").
 */
export function countryByDemonym(word: string): Country | undefined {
  const countries = countriesByDemonym(word);
  return countries.length === 1 ? countries[0] : undefined;
}

/**
 * The region or former state of a demonym or its plural ("Scottish", "Welshmen" → Wales, "Kurds" →
 * Kurdistan, "Soviet" → Soviet Union), or undefined; matching ignores case and diacritics.
 */
export function regionByDemonym(word: string): string | undefined {
  return INDEXES.regionDemonyms.get(looseKey(word));
}

/** The country with an ISO 3166-1 alpha-3 code (upper-case, as in places.json), or undefined. */
export function countryByIso3(iso3: string): Country | undefined {
  return INDEXES.iso3.get(iso3);
}

const COMBINING_FORMS: ReadonlySet<string> = new Set(data.combiningForms);

/**
 * Whether a hyphenated word joins nationalities into an adjective ("German-US", "Anglo-Dutch",
 * "Sino-Japanese", "US-Russian"): each part a demonym, a country's name or a combining form. Such a
 * word describes what follows it ("the German-US carmaker") and names nothing itself.
 */
export function isNationalityCompound(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || placesByName(word).length > 0) return false;
  return parts.every((part) => COMBINING_FORMS.has(part.toLowerCase()) || countriesByDemonym(part).length > 0 || placesByName(part).some((p) => p.kind === 'country'));
}
