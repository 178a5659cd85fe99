import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/document.js';
import { defaultStages } from '../../pipeline/presets.js';
import { KnowledgeBase, type KbPerson } from '../../kb/knowledge-base.js';
import { linkEntities, articleDate } from './04-link.js';
import { extract } from '../../pipeline/extract.js';

const SOURCE = 'https://example.org/fixture';

// An invented knowledge base: two people named Berg, an election and a change of government.
const PEOPLE: KbPerson[] = [
  {
    kbId: 'person/anna-berg', name: 'Anna Berg', aliases: [], gender: 'female', country: 'NLD',
    terms: [{ office: 'foreign-minister', role: 'Minister of Foreign Affairs of the Netherlands', start: '2020-01-10', end: '2023-06-01', source: SOURCE }],
  },
  {
    kbId: 'person/lars-berg', name: 'Lars Berg', aliases: [], gender: 'male', country: 'SWE',
    terms: [{ office: 'head-of-government', role: 'Prime Minister of Sweden', start: '2022-10-18', end: null, source: SOURCE }],
  },
  {
    kbId: 'person/carla-mendez', name: 'Carla Méndez', aliases: ['Carla Mendez Ruiz'], gender: 'female', country: 'MEX',
    terms: [
      { office: 'head-of-state', role: 'President-elect of Mexico', elect: true, start: '2024-06-02', end: '2024-10-01', source: SOURCE },
      { office: 'head-of-state', role: 'President of Mexico', start: '2024-10-01', end: null, source: SOURCE },
    ],
  },
];
const KB = new KnowledgeBase(PEOPLE, [{ kbId: 'org/fixture-alliance', name: 'Fixture Alliance', aliases: ['FXA'], parent: null, country: null }]);

/** The entities of a text after the default stages, linked to the fixture knowledge base on a date. */
function linked(text: string, date: string): Doc {
  const doc = new Doc(text, { id: 't' });
  for (const stage of defaultStages()) if (stage.name !== 'link') stage.run(doc);
  linkEntities(doc, KB, date);
  return doc;
}

function person(doc: Doc, name: string): { kbId: string | null; role: string | null; country: string | null } | undefined {
  return doc.entities.find((e) => e.name === name);
}

describe('linking by date', () => {
  it('links a full name and gives the role held on the date', () => {
    expect(person(linked('Anna Berg spoke in The Hague.', '2021-05-05'), 'Anna Berg')).toMatchObject({
      kbId: 'person/anna-berg', role: 'Minister of Foreign Affairs of the Netherlands', country: 'NLD',
    });
  });

  it('shows a former office after a change of government', () => {
    expect(person(linked('Anna Berg spoke in The Hague.', '2024-01-01'), 'Anna Berg')?.role).toBe('former Minister of Foreign Affairs of the Netherlands');
  });

  it('gives no role before any office', () => {
    expect(person(linked('Anna Berg spoke in The Hague.', '2019-01-01'), 'Anna Berg')).toMatchObject({ kbId: 'person/anna-berg', role: null });
  });

  it('shows President-elect between the election and the inauguration, then President', () => {
    expect(person(linked('Carla Méndez thanked voters.', '2024-07-15'), 'Carla Méndez')?.role).toBe('President-elect of Mexico');
    expect(person(linked('Carla Mendez thanked voters.', '2024-12-15'), 'Carla Mendez')?.role).toBe('President of Mexico');
  });

  it('leaves an ambiguous surname unlinked unless the article tells the candidates apart', () => {
    // On this date both Bergs are in office: nothing tells them apart.
    expect(person(linked('Berg spoke.', '2022-11-01'), 'Berg')?.kbId ?? null).toBeNull();
    expect(person(linked('Ms Berg spoke.', '2019-05-05'), 'Berg')?.kbId).toBe('person/anna-berg');
    expect(person(linked('Prime Minister Berg spoke.', '2019-05-05'), 'Berg')?.kbId).toBe('person/lars-berg');
  });

  it('links a surname when only one candidate held office on the date', () => {
    expect(person(linked('Berg spoke.', '2024-02-01'), 'Berg')?.kbId).toBe('person/lars-berg');
  });

  it('never links an unknown name', () => {
    expect(person(linked('Hugh Hill spoke.', '2021-05-05'), 'Hugh Hill')).toMatchObject({ kbId: null, role: null });
  });

  it('reads dates with or without a time', () => {
    expect(articleDate('2024-12-01T10:00:00Z')).toBe('2024-12-01');
    expect(articleDate('Sun, 01 Dec 2024 10:00:00 GMT')).toBe('2024-12-01');
    expect(articleDate('not a date')).toBeNull();
    expect(articleDate(undefined)).toBeNull();
  });
});

describe('linking with the shipped knowledge base', () => {
  // Invented sentences about real office holders, dated on either side of a change.
  function linkedOn(text: string, date: string, name: string): { kbId: string | null; role: string | null; country: string | null } | undefined {
    return extract({ id: 't', text, date }).entities.find((e) => e.name === name);
  }

  it('shows President-elect between the election and the inauguration', () => {
    expect(linkedOn('Donald Trump spoke to reporters.', '2024-12-01', 'Donald Trump')).toMatchObject({
      kbId: 'person/donald-trump', role: 'President-elect of the United States', country: 'USA',
    });
    expect(linkedOn('Donald Trump spoke to reporters.', '2025-03-01', 'Donald Trump')?.role).toBe('President of the United States');
  });

  it('shows a former office after a change of government', () => {
    expect(linkedOn('Rishi Sunak spoke to reporters.', '2024-08-01', 'Rishi Sunak')?.role).toBe('former Prime Minister of the United Kingdom');
    expect(linkedOn('Rishi Sunak spoke to reporters.', '2023-08-01', 'Rishi Sunak')?.role).toBe('Prime Minister of the United Kingdom');
  });

  it('says so when the article has no date and roles are today’s', () => {
    const record = extract({ id: 't', text: 'Rishi Sunak spoke to reporters.' });
    expect(record.messages.map((m) => m.code)).toContain('date-assumed');
  });
});

// An invented person known with a generation after the surname.
describe('a generation after a surname ("Jr", "III")', () => {
  const kb = new KnowledgeBase([{ kbId: 'person/tomas-velde-jr', name: 'Tomas Velde Jr.', aliases: [], gender: 'male', country: null, terms: [] }], []);

  it('is no surname: "Jr" alone names no one, "Velde" and "Tomas Velde" name the person', () => {
    expect(kb.personsNamed('Jr').map((p) => p.kbId)).toEqual([]);
    expect(kb.personsNamed('Jr.').map((p) => p.kbId)).toEqual([]);
    expect(kb.personsNamed('Velde').map((p) => p.kbId)).toEqual(['person/tomas-velde-jr']);
    expect(kb.personsNamed('Tomas Velde Jr').map((p) => p.kbId)).toEqual(['person/tomas-velde-jr']);
  });
});

// Our own sentences: the type of a lone word that speaks, settled after the speakers are found.
describe('a lone word that speaks', () => {
  it('is a person when "himself" in its own clause stands for it ("Wanderly is trying to defend himself")', () => {
    const text = '"Sales rose," Wanderly said on Monday. Wanderly is now trying to defend himself in public.';
    expect(extract({ id: 't', text }).entities.find((e) => e.name === 'Wanderly')?.type).toBe('person');
  });

  it('is not made a person by a "himself" of another clause ("Wanderly said it grew. The chief blamed himself.")', () => {
    const text = '"Sales rose," Wanderly said on Monday. The chief of the board blamed himself for the loss.';
    expect(extract({ id: 't', text }).entities.find((e) => e.name === 'Wanderly')?.type).toBe('organization');
  });
});
