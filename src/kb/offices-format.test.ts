import { describe, expect, it } from 'vitest';
import { checkOfficesFile, checkOfficesFiles, isIsoDate, parseOfficesFile, roleJurisdiction } from './offices-format.js';

const SRC = 'https://example.org/list';

/** A small valid file of an invented country file for Freedonia-like data (uses a real ISO3 code). */
function sample(): { country: string; asOf: string; people: Record<string, unknown>[] } {
  return {
    country: 'FRA',
    asOf: '2020-01-01',
    people: [
      {
        id: 'anne-exemple', name: 'Anne Exemple', aliases: ['Anne Marie Exemple'], gender: 'female',
        terms: [
          { office: 'head-of-state', role: 'President-elect of France', elect: true, start: '2010-05-01', end: '2010-05-10', source: SRC },
          { office: 'head-of-state', role: 'President of France', start: '2010-05-10', end: '2015-05-10', source: SRC },
        ],
      },
      {
        id: 'bruno-modele', name: 'Bruno Modèle', aliases: [], gender: 'male',
        terms: [{ office: 'head-of-state', role: 'President of France', start: '2015-05-10', end: null, source: SRC }],
      },
    ],
  };
}

/** The first term of the person at `index` of a sample, for editing in a test. */
function termOf(file: ReturnType<typeof sample>, index: number, term = 0): Record<string, unknown> {
  const terms = file.people[index]?.['terms'];
  if (!Array.isArray(terms)) throw new Error('sample has no terms');
  return terms[term] as Record<string, unknown>;
}

describe('checkOfficesFile', () => {
  it('accepts a valid file, and an empty one', () => {
    expect(checkOfficesFile('FRA.json', sample())).toEqual([]);
    expect(checkOfficesFile('FRA.json', { country: 'FRA', asOf: '2020-01-01', people: [] })).toEqual([]);
    expect(checkOfficesFile('nato.json', { organization: 'nato', asOf: '2020-01-01', people: [] })).toEqual([]);
  });

  it('names the file, the person and the term in a problem', () => {
    const file = sample();
    termOf(file, 0, 1)['end'] = '2009-01-01';
    const problems = checkOfficesFile('FRA.json', file);
    expect(problems.some((p) => p.startsWith('FRA.json: anne-exemple: term 2') && p.includes('not before end'))).toBe(true);
  });

  it('rejects overlapping terms of one office and two open terms', () => {
    const file = sample();
    termOf(file, 0, 1)['end'] = '2016-01-01';
    expect(checkOfficesFile('FRA.json', file).join('\n')).toMatch(/bruno-modele: term 1 .* overlaps anne-exemple: term 2/);
    termOf(file, 0, 1)['end'] = null;
    expect(checkOfficesFile('FRA.json', file).join('\n')).toMatch(/2 terms of head-of-state@FRA\|real have end null/);
  });

  it('keeps a monarch of several realms apart per realm, but not terms of one realm', () => {
    const file = sample();
    const person = file.people[1];
    if (person === undefined) throw new Error('sample has two people');
    person['terms'] = [
      { office: 'head-of-state', role: 'President of France', start: '2015-05-10', end: null, source: SRC },
      { office: 'head-of-state', role: 'Co-Prince of Andorra', start: '2015-05-10', end: null, source: SRC },
    ];
    expect(checkOfficesFile('FRA.json', file)).toEqual([]);
    expect(roleJurisdiction('Queen of Canada', 'GBR')).toBe('CAN');
    expect(roleJurisdiction('Foreign Secretary', 'GBR')).toBe('GBR');
    expect(roleJurisdiction('President of South Africa', 'X')).toBe('ZAF');
    expect(roleJurisdiction('Secretary of State of the United States', 'X')).toBe('USA');
  });

  it('requires an elect term to end by the start of the real term', () => {
    const file = sample();
    termOf(file, 0, 0)['end'] = '2010-05-11';
    expect(checkOfficesFile('FRA.json', file).join('\n')).toMatch(/anne-exemple: term 1 .* must end on or before the start of anne-exemple: term 2/);
    termOf(file, 0, 0)['role'] = 'President of France';
    expect(checkOfficesFile('FRA.json', file).join('\n')).toMatch(/should say "-elect"/);
  });

  it('checks fields, dates, asOf, sources and aliases', () => {
    const file = sample();
    termOf(file, 1)['start'] = '2015-02-30';
    termOf(file, 0, 1)['source'] = 'http://example.org';
    termOf(file, 0, 0)['end'] = '2021-01-01';
    const anne = file.people[0];
    if (anne === undefined) throw new Error('sample has people');
    anne['aliases'] = ['Exemple', 'Anne Exemplé'];
    anne['gender'] = 'f';
    anne['title'] = 'Dr';
    const text = checkOfficesFile('FRA.json', file).join('\n');
    for (const pattern of [/start must be a valid/, /https URL/, /after asOf/, /bare surname/, /repeats the name/, /gender/, /unknown field "title"/]) {
      expect(text).toMatch(pattern);
    }
  });

  it('checks the file name, the country code and the kind of file', () => {
    expect(checkOfficesFile('DEU.json', sample()).join('\n')).toMatch(/must be named FRA.json/);
    expect(checkOfficesFile('XXX.json', { country: 'XXX', asOf: '2020-01-01', people: [] }).join('\n')).toMatch(/known ISO3/);
    expect(checkOfficesFile('a.json', { country: 'FRA', organization: 'a', asOf: '2020-01-01', people: [] }).join('\n')).toMatch(/exactly one/);
    expect(checkOfficesFile('a.json', [])).toEqual(['a.json: the file must hold a JSON object']);
  });

  it('parses a valid file and throws on an invalid one', () => {
    expect(parseOfficesFile('FRA.json', sample()).people).toHaveLength(2);
    expect(() => parseOfficesFile('FRA.json', { country: 'FRA' })).toThrow(/asOf/);
  });

  it('tells valid dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-01')).toBe(false);
  });
});

describe('checkOfficesFiles', () => {
  it('reports an id used in two files', () => {
    const other = { country: 'DEU', asOf: '2020-01-01', people: [sample().people[0]] };
    expect(checkOfficesFiles([{ name: 'FRA.json', json: sample() }, { name: 'DEU.json', json: other }])).toEqual([
      'DEU.json: anne-exemple: id already used in FRA.json',
    ]);
    expect(checkOfficesFiles([{ name: 'FRA.json', json: sample() }])).toEqual([]);
  });
});
