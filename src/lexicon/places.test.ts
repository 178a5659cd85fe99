import { describe, expect, it } from 'vitest';
import data from './places.json' with { type: 'json' };
import {
  CITIES,
  COUNTRIES,
  FORMER_STATES,
  REGIONS,
  US_STATES,
  countriesByDemonym,
  countryByDemonym,
  countryByIso3,
  placeByName,
  placesByName,
  regionByDemonym,
} from './places.js';

/** Every surface form a country owns: names, capital spellings, seats of government. */
function countrySurfaces(c: (typeof COUNTRIES)[number]): string[] {
  return [c.name, ...c.aliases, c.capital, ...c.capitalAliases, ...c.government];
}

/** The key the lookups use for names matched without case: no diacritics, lower case, no leading "the". */
function key(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/^the /, '');
}

describe('places.json format', () => {
  it('documents itself', () => {
    expect(data._about.length).toBeGreaterThan(50);
    expect(data._source).toMatch(/ISO 3166-1/);
    expect(data._source).toMatch(/UN/);
  });

  it('has the 193 UN members, the two observers, Kosovo and Taiwan', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(193 + 2);
    expect(COUNTRIES.length).toBe(197);
    for (const iso3 of ['VAT', 'PSE', 'XKX', 'TWN']) expect(countryByIso3(iso3)).toBeDefined();
  });

  it('gives every country a unique three-letter upper-case code', () => {
    for (const c of COUNTRIES) expect(c.iso3).toMatch(/^[A-Z]{3}$/);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(COUNTRIES.length);
  });

  it('gives every country a name, a capital and at least one demonym', () => {
    for (const c of COUNTRIES) {
      expect(c.name.trim(), c.iso3).not.toBe('');
      expect(c.capital.trim(), c.iso3).not.toBe('');
      expect(c.demonyms.length, c.iso3).toBeGreaterThan(0);
    }
  });

  it('writes every entry trimmed, with single spaces', () => {
    const all = [
      ...COUNTRIES.flatMap((c) => [...countrySurfaces(c), ...c.demonyms]),
      ...US_STATES.flatMap((s) => [s.name, ...s.abbreviations]),
      ...CITIES.flatMap((c) => [c.name, ...c.aliases]),
      ...REGIONS,
    ];
    for (const entry of all) {
      expect(entry).not.toBe('');
      expect(entry).toBe(entry.trim());
      expect(entry).not.toMatch(/\s{2}/);
    }
  });

  it('keeps capitals out of the seats of government', () => {
    for (const c of COUNTRIES) {
      const capitals = new Set([c.capital, ...c.capitalAliases].map(key));
      for (const seat of c.government) expect(capitals.has(key(seat)), `${c.iso3} ${seat}`).toBe(false);
    }
  });

  it('never maps one name, capital or seat of government to two countries', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      for (const surface of countrySurfaces(c)) {
        const k = key(surface);
        const previous = owner.get(k);
        if (previous !== undefined) expect(`${surface}: ${previous}`).toBe(`${surface}: ${c.iso3}`);
        owner.set(k, c.iso3);
      }
    }
  });

  it('shares a demonym between two states only where English does', () => {
    const shared = new Set<string>();
    for (const c of COUNTRIES) {
      for (const d of c.demonyms) if (countriesByDemonym(d).length > 1) shared.add(d);
    }
    expect([...shared].sort()).toEqual(['Congolese', 'Dominican']);
  });

  it('has the 50 states and DC, each once, with abbreviations', () => {
    expect(US_STATES.length).toBe(51);
    expect(new Set(US_STATES.map((s) => s.name)).size).toBe(51);
    expect(US_STATES.map((s) => s.name)).toContain('District of Columbia');
    for (const s of US_STATES) {
      expect(s.abbreviations.length, s.name).toBeGreaterThan(0);
      // Every state has exactly one two-letter postal code.
      expect(s.abbreviations.filter((a) => /^[A-Z]{2}$/.test(a)).length, s.name).toBe(1);
    }
    const postal = US_STATES.flatMap((s) => s.abbreviations.filter((a) => /^[A-Z]{2}$/.test(a)));
    expect(new Set(postal).size).toBe(51);
  });

  it('places every city in a listed country, each city once and none a capital', () => {
    const capitals = new Set(COUNTRIES.flatMap((c) => [c.capital, ...c.capitalAliases]).map(key));
    for (const c of CITIES) {
      expect(countryByIso3(c.country), c.name).toBeDefined();
      expect(capitals.has(key(c.name)), c.name).toBe(false);
    }
    // A name may repeat within a city ("Sao Paulo" beside "São Paulo") but never across two cities.
    const owner = new Map<string, string>();
    for (const c of CITIES) {
      for (const name of [c.name, ...c.aliases]) {
        expect(owner.get(key(name)) ?? c.name, name).toBe(c.name);
        owner.set(key(name), c.name);
      }
    }
    expect(CITIES.length).toBeGreaterThanOrEqual(150);
  });

  it('lists each region once', () => {
    expect(new Set(REGIONS.map(key)).size).toBe(REGIONS.length);
    for (const r of ['Europe', 'Middle East', 'Africa', 'Asia', 'Latin America', 'the Balkans', 'Gaza', 'West Bank', 'Crimea', 'Donbas', 'Kashmir', 'Scandinavia']) {
      expect(placeByName(r)?.kind, r).toBe('region');
    }
  });
});

describe('former states and the demonyms of regions', () => {
  it('reads a state that no longer exists as a place with no country of today ("Yugoslavia", "Soviet Union")', () => {
    for (const name of ['Yugoslavia', 'Soviet Union', 'Zaire']) expect(placeByName(name), name).toEqual({ kind: 'region', name, iso3: null });
  });

  it('names each former state once, never a country\'s name', () => {
    expect(new Set(FORMER_STATES.map(key)).size).toBe(FORMER_STATES.length);
    for (const name of FORMER_STATES) expect(placesByName(name).every((p) => p.kind === 'region'), name).toBe(true);
  });

  it('finds the region of a demonym and its plural ("Scottish", "Welshmen", "Kurds")', () => {
    expect([regionByDemonym('Scottish'), regionByDemonym('Welshmen'), regionByDemonym('Kurds'), regionByDemonym('Soviet')]).toEqual(['Scotland', 'Wales', 'Kurdistan', 'Soviet Union']);
    expect(regionByDemonym('Scotland')).toBeUndefined();
  });

  it('gives demonyms only to listed regions and former states, none a country\'s demonym', () => {
    const known = new Set([...REGIONS, ...FORMER_STATES]);
    for (const [region, forms] of Object.entries(data.regionDemonyms)) {
      expect(known.has(region), region).toBe(true);
      for (const form of forms) expect(countriesByDemonym(form), form).toEqual([]);
    }
  });
});

describe('placeByName', () => {
  it.each([
    ['Holland', 'NLD'],
    ['the Netherlands', 'NLD'],
    ['U.S.', 'USA'],
    ['US', 'USA'],
    ['America', 'USA'],
    ['United States of America', 'USA'],
    ['Britain', 'GBR'],
    ['UK', 'GBR'],
    ['Cote d\u2019Ivoire', 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['Ivory Coast', 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['turkiye', 'TUR'],
    ['DRC', 'COD'],
    ['Czech Republic', 'CZE'],
    ['Holy See', 'VAT'],
    ['Vatican', 'VAT'],
    ['Palestine', 'PSE'],
    ['Kosovo', 'XKX'],
    ['Taiwan', 'TWN'],
  ])('%s is the country %s', (name, iso3) => {
    expect(placeByName(name)).toMatchObject({ kind: 'country', iso3 });
  });

  it('returns the canonical name', () => {
    expect(placeByName('holland')).toEqual({ kind: 'country', name: 'Netherlands', iso3: 'NLD' });
    expect(placeByName('Turkey')?.name).toBe('Türkiye');
  });

  it('finds seats of government, with or without "the"', () => {
    expect(placeByName('the Kremlin')).toEqual({ kind: 'government', name: 'the Kremlin', iso3: 'RUS' });
    expect(placeByName('Kremlin')?.iso3).toBe('RUS');
    expect(placeByName('Downing Street')).toMatchObject({ kind: 'government', iso3: 'GBR' });
    expect(placeByName('Elysee')).toEqual({ kind: 'government', name: 'the Élysée', iso3: 'FRA' });
    expect(placeByName('The Hague')).toMatchObject({ kind: 'government', iso3: 'NLD' });
    expect(placeByName('Washington')).toMatchObject({ kind: 'government', iso3: 'USA' });
    expect(placeByName('the White House')).toMatchObject({ kind: 'government', iso3: 'USA' });
  });

  it('finds capitals under every spelling', () => {
    expect(placeByName('Kyiv')).toEqual({ kind: 'capital', name: 'Kyiv', iso3: 'UKR' });
    expect(placeByName('Kiev')).toEqual({ kind: 'capital', name: 'Kyiv', iso3: 'UKR' });
    expect(placeByName('Amsterdam')).toMatchObject({ kind: 'capital', iso3: 'NLD' });
    expect(placeByName('Reykjavik')).toMatchObject({ kind: 'capital', iso3: 'ISL' });
  });

  it('finds cities with and without diacritics', () => {
    expect(placeByName('São Paulo')).toEqual({ kind: 'city', name: 'São Paulo', iso3: 'BRA' });
    expect(placeByName('Sao Paulo')).toEqual({ kind: 'city', name: 'São Paulo', iso3: 'BRA' });
    expect(placeByName('LODZ')).toMatchObject({ kind: 'city', name: 'Łódź', iso3: 'POL' });
    expect(placeByName('Bombay')).toMatchObject({ kind: 'city', name: 'Mumbai', iso3: 'IND' });
  });

  it('finds states by name and by abbreviation in their own case', () => {
    expect(placeByName('South Carolina')).toEqual({ kind: 'state', name: 'South Carolina', iso3: 'USA' });
    expect(placeByName('S.C.')).toMatchObject({ kind: 'state', name: 'South Carolina' });
    expect(placeByName('SC')).toMatchObject({ kind: 'state', name: 'South Carolina' });
    expect(placeByName('Calif.')).toMatchObject({ kind: 'state', name: 'California' });
    expect(placeByName('calif.')).toBeUndefined();
  });

  it('does not read ordinary words as acronyms', () => {
    expect(placeByName('us')).toBeUndefined();
    expect(placeByName('or')).toBeUndefined();
    expect(placeByName('la')).toBeUndefined();
  });

  it('finds regions', () => {
    expect(placeByName('Middle East')).toEqual({ kind: 'region', name: 'Middle East', iso3: null });
    expect(placeByName('Balkans')).toEqual({ kind: 'region', name: 'the Balkans', iso3: null });
  });

  it('orders the readings of an ambiguous name', () => {
    expect(placesByName('Georgia').map((p) => `${p.kind} ${p.iso3}`)).toEqual(['country GEO', 'state USA']);
    expect(placesByName('New York').map((p) => p.kind)).toEqual(['city', 'state']);
    expect(placesByName('Washington').map((p) => p.kind)).toEqual(['government', 'state']);
    expect(placesByName('LA').map((p) => p.name)).toEqual(['Los Angeles', 'Louisiana']);
    expect(placesByName('Singapore').map((p) => p.kind)).toEqual(['country', 'capital']);
  });

  it('leaves names of more than one state out', () => {
    expect(placeByName('Congo')).toBeUndefined();
    expect(placeByName('Korea')).toBeUndefined();
  });

  it('returns undefined for an unknown name', () => {
    expect(placeByName('Atlantis')).toBeUndefined();
    expect(placeByName('')).toBeUndefined();
    expect(placesByName('Narnia')).toEqual([]);
  });

  it('resolves every name in the file to its own entry', () => {
    for (const c of COUNTRIES) {
      for (const name of [c.name, ...c.aliases]) expect(placeByName(name), name).toMatchObject({ kind: 'country', iso3: c.iso3 });
      for (const name of [c.capital, ...c.capitalAliases]) {
        expect(placesByName(name), name).toContainEqual({ kind: 'capital', name: c.capital, iso3: c.iso3 });
      }
      for (const seat of c.government) expect(placesByName(seat).some((p) => p.kind === 'government' && p.iso3 === c.iso3), seat).toBe(true);
    }
    for (const s of US_STATES) {
      for (const name of [s.name, ...s.abbreviations]) expect(placesByName(name), name).toContainEqual({ kind: 'state', name: s.name, iso3: 'USA' });
    }
    for (const c of CITIES) {
      for (const name of [c.name, ...c.aliases]) expect(placesByName(name), name).toContainEqual({ kind: 'city', name: c.name, iso3: c.country });
    }
  });
});

describe('countryByDemonym', () => {
  it.each([
    ['Dutch', 'NLD'],
    ['British', 'GBR'],
    ['Briton', 'GBR'],
    ['Britons', 'GBR'],
    ['American', 'USA'],
    ['Americans', 'USA'],
    ['Hungarian', 'HUN'],
    ['Chinese', 'CHN'],
    ['Emirati', 'ARE'],
    ['Emiratis', 'ARE'],
    ['Frenchmen', 'FRA'],
    ['Ivorian', 'CIV'],
    ['Burkinabe', 'BFA'],
    ['Burkinabè', 'BFA'],
  ])('%s → %s', (word, iso3) => {
    expect(countryByDemonym(word)?.iso3).toBe(iso3);
  });

  it('refuses a demonym two states share, but lists both', () => {
    expect(countryByDemonym('Congolese')).toBeUndefined();
    expect(countriesByDemonym('Congolese').map((c) => c.iso3).sort()).toEqual(['COD', 'COG']);
    expect(countryByDemonym('Dominicans')).toBeUndefined();
  });

  it('returns undefined for a word that is no demonym', () => {
    expect(countryByDemonym('Netherlands')).toBeUndefined();
    expect(countryByDemonym('Martian')).toBeUndefined();
  });
});
