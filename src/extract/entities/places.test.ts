import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { entityTypes as types } from '../../pipeline/testing/entity-types.js';

// Our own sentences: places that are not capitals or major cities, and the names that only look like them.
describe('places from the gazetteer of towns and provinces', () => {
  it.each([
    ['a town listed by its country', 'Flooding closed three schools in Ipswich on Monday.', 'Ipswich'],
    ['a province of a federation', 'Bushfires spread across Queensland overnight.', 'Queensland'],
    ['a republic within a state', 'Troops were sent to Chechnya in the spring.', 'Chechnya'],
    ['a county', 'The farm lies in Dorset, near the coast.', 'Dorset'],
    ['a point of the compass by its initial before a place', 'Police in S Yorkshire made two arrests.', 'S Yorkshire'],
    ['"Mid" joined by a hyphen to a county', 'She was the MP for Mid-Dorset until May.', 'Mid-Dorset'],
    ['a point of the compass joined by a hyphen to a county', 'Floods hit North-Dorset on Monday.', 'North-Dorset'],
  ])('%s', (_rule, text, name) => {
    expect(types(text)[name]).toBe('place');
  });

  it.each([
    ['Fort', 'The convoy reached Fort Halden at dawn.', 'Fort Halden'],
    ['Mount', 'Climbers left Mount Kelbra before the storm.', 'Mount Kelbra'],
    ['Lake', 'Fishermen on Lake Varno saw the lights.', 'Lake Varno'],
    ['Port', 'The ferry docked at Port Essery late.', 'Port Essery'],
  ])('takes a name opened by "%s" for a place, though no list knows it', (_opener, text, name) => {
    expect(types(text)[name]).toBe('place');
  });

  it.each([
    ['an abbreviated street', 'The shop on Harlan Ave closed in May.', 'Harlan Ave'],
    ['a road', 'Traffic stopped on the Kessel Expressway.', 'Kessel Expressway'],
    ['a natural feature', 'Tourists flock to Varno Falls each summer.', 'Varno Falls'],
    ['a place of worship', 'Prayers were held at the Hakan Mosque.', 'Hakan Mosque'],
  ])('takes a name closed by a place\'s word for a place: %s', (_rule, text, name) => {
    expect(types(text)[name]).toBe('place');
  });

  it('keeps a town\'s name after a title a surname ("Mr Ipswich said")', () => {
    expect(types('Mr Ipswich said the plan would fail.')['Ipswich']).toBe('person');
  });

  it('keeps a seat of government\'s name after an honorific a surname ("Mr Hague told the paper")', () => {
    const found = extract({ id: 't', text: 'Mr Hague told the paper he would not stand again.', date: '2024-03-01' }).entities;
    expect(found.map((e) => [e.name, e.type])).toEqual([['Hague', 'person']]);
  });

  it('keeps a given name and a county\'s name a person ("Helen Dorset")', () => {
    expect(types('The novel was written by Helen Dorset last year.')['Helen Dorset']).toBe('person');
  });

  it('keeps a work\'s name with a preposition inside no club of its town ("Tales Of New York")', () => {
    expect(types('She starred in Tales Of New York last year.')['Tales Of New York']).toBe('other');
  });
});

describe('a town acting in a sport report is its club', () => {
  const sport = 'The striker scored twice in the second half as the league leaders won the match. ';

  it('types a town before a verb as its club ("Ipswich beat …")', () => {
    expect(types(`${sport}Ipswich beat their rivals on Saturday.`).Ipswich).toBe('organization');
  });

  it('types a town before a plural auxiliary as its club ("Ipswich are top")', () => {
    expect(types(`${sport}Ipswich are top of the table.`).Ipswich).toBe('organization');
  });

  it('keeps a town after a preposition a place ("in Ipswich")', () => {
    expect(types(`${sport}The final was played in Ipswich.`).Ipswich).toBe('place');
  });

  it('keeps a town the subject of "is" a place ("Ipswich is home to …")', () => {
    expect(types(`${sport}Ipswich is home to the new stadium.`).Ipswich).toBe('place');
  });
});

describe('a person beside a place\'s word or a body', () => {
  it('keeps a given name and a place\'s word after an office a person ("spokesman Mike Lake")', () => {
    expect(types('"We will appeal," Velcor spokesman Mike Lake told reporters.')['Mike Lake']).toBe('person');
  });

  it('takes the body after "name, title," for where the title is held, not a person ("Robbie Ash, senior vice president, Kelvar")', () => {
    const text = '"We regret it," said Robbie Ash, senior vice president, Kelvar home division. Kelvar said it had received reports.';
    expect(types(text).Kelvar).not.toBe('person');
  });
});

describe('the demonyms of regions and former states, and a place opening a sentence', () => {
  it.each([
    ['a nation of the United Kingdom', 'The Scottish striker joined a Welsh club.', ['Scottish', 'Welsh']],
    ['its people in the plural', 'The Scots and the Welshmen met in Kessel.', ['Scots', 'Welshmen']],
    ['a region of two words', 'Northern Irish politicians met on Monday.', ['Northern Irish']],
    ['a former state', 'Soviet troops left Kessel in 1989.', ['Soviet']],
  ])('names no actor by %s\'s demonym', (_kind, text, words) => {
    const t = types(text);
    for (const w of words) expect(t[w], w).toBeUndefined();
  });

  it('types a state that no longer exists as a place ("Yugoslavia")', () => {
    expect(types('The team flew to Yugoslavia on Monday.').Yugoslavia).toBe('place');
  });

  it.each([
    ['opening a sentence', 'New Zealand beat Kessel on Saturday.'],
    ['opening a bracket', 'Li Feng (New Zealand) won the final.'],
  ])('keeps the first word of a place\'s name %s ("New Zealand", not "Zealand")', (_where, text) => {
    expect(types(text)['New Zealand']).toBe('country');
  });

  it('names no country by its initials written onto a dollar sign ("US$300")', () => {
    const named = Object.keys(types('Sales rose to US$300 million at Velder, while Kessel paid HK$5 a share.'));
    expect(named).not.toContain('United States');
    expect(named).not.toContain('Hong Kong');
  });
});
