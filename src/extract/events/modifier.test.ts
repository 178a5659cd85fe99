import { describe, expect, it } from 'vitest';
import { eventPairs as pairs } from '../../pipeline/testing/event-pairs.js';

// Our own sentences: a name that only modifies another noun is no party to the event.

describe('a country before a common noun (attributive)', () => {
  it.each([
    ['the head is a thing of the country', 'Anna Dam criticised the Norway war in a long speech.'],
    ['the head is a product of the country', 'A Velan Party spokesman praised a new US drama on Monday.'],
    ['the head is a trade of the country', "Karl Kerr's investigation of the US insurance industry found nothing."],
  ])('%s: no event with the country', (_name, text) => {
    expect(pairs(text).filter((p) => /Norway|United States/.test(p))).toEqual([]);
  });

  it.each([
    ['an agent of the country', 'Anna Dam criticised the Norway government on Monday.', 'ACCUSE Anna Dam -> Norway'],
    ['a policy of the country', 'Anna Dam criticised Norway policy on Monday.', 'ACCUSE Anna Dam -> Norway'],
    ['the object of a verb with two objects', 'Norway lent Sweden dollars 6bn to help its government.', 'AID Norway -> Sweden'],
    ['a time after the country', 'Anna Dam made a trip to Norway last year.', 'CONSULT Anna Dam -> Norway'],
  ])('%s stays the party', (_name, text, expected) => {
    expect(pairs(text)).toContain(expected);
  });
});

describe('a name in the complement of a noun after the event word', () => {
  it.each([
    ['a war on the country', 'Anna Dam led the opposition to the war on Norway.'],
    ['a series of its films', 'Anna Dam praised a series of Norway films.'],
    ['an attack on the country', 'Anna Dam condemned the bombing of Norway.'],
    ['a topic after the party already named', 'Anna Dam gave her support to the government on Norway.'],
  ])('%s: no event with the country', (_name, text) => {
    expect(pairs(text).filter((p) => p.includes('Norway'))).toEqual([]);
  });

  it.each([
    ['the plans of the country', 'Anna Dam criticised the plans of Norway.', 'ACCUSE Anna Dam -> Norway'],
    ['the leaders of the country', 'Anna Dam met the leaders of Norway.', 'CONSULT Anna Dam -> Norway'],
    ['the doer of an act the noun names', 'Senator Anna Dam demanded the resignation of Karl Kerr.', 'REQUEST Anna Dam -> Karl Kerr'],
    ['a goods noun before the party’s own preposition', 'Norway offered to supply 20,000 tonnes of grain a month to Sweden.', 'AID Norway -> Sweden'],
  ])('%s stays the party', (_name, text, expected) => {
    expect(pairs(text)).toContain(expected);
  });
});

describe('a party before a common noun (attributive)', () => {
  it.each([
    ['its voters', 'Senator Anna Dam said she would welcome Velan Party voters.'],
    ['its supporters, right after a verb', 'Senator Anna Dam urged Velan Party supporters to vote tactically.'],
    ['its rebels, after a number', 'The amendment was rejected by the Commons despite the support of 62 Velan Party rebels.'],
  ])('%s: no event with the party', (_name, text) => {
    expect(pairs(text).filter((p) => p.includes('Velan Party'))).toEqual([]);
  });

  it.each([
    ['its plans', 'Senator Anna Dam criticised Velan Party plans on Monday.', 'ACCUSE Anna Dam -> Velan Party'],
    ['its idea', 'Senator Anna Dam rejected the Velan Party idea of quotas.', 'REJECT Anna Dam -> Velan Party'],
    ['its leaflet', 'The Velan Ministry of Justice is investigating a Velan Party leaflet.', 'ACCUSE Velan Ministry of Justice -> Velan Party'],
    ['money given to it', 'Senator Anna Dam has given the Velan Party pounds 50,000.', 'AID Anna Dam -> Velan Party'],
  ])('%s stays the party', (_name, text, expected) => {
    expect(pairs(text)).toContain(expected);
  });
});

describe('a person before a noun of kin or private relation', () => {
  it.each([
    ['a name and its possessive', 'Senator Anna Dam said: "I don\'t blame Karl Kerr\'s mother."'],
    ['a possessive pronoun', 'Senator Karl Kerr arrived on Monday. Senator Anna Dam met his wife in Paris.'],
  ])('%s: the act is on the relation, no event with the person', (_name, text) => {
    expect(pairs(text).filter((p) => p.includes('Karl Kerr'))).toEqual([]);
  });

  it.each([
    ['what the person does', 'Senator Anna Dam criticised Karl Kerr\'s record on Monday.', 'ACCUSE Anna Dam -> Karl Kerr'],
    ['those who act for them in office', 'Senator Karl Kerr arrived on Monday. Senator Anna Dam met his aides in Paris.', 'CONSULT Anna Dam -> Karl Kerr'],
  ])('%s stays the person’s', (_name, text, expected) => {
    expect(pairs(text)).toContain(expected);
  });
});
