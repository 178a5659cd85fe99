import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { eventPairs as pairs } from '../../pipeline/testing/event-pairs.js';

// Our own article: product.md's event examples and the constructions of the events stage.
const ARTICLE = [
  'Prime Minister Anna Dam did not rule out a visit to Karl Kerr next year.',
  'Dam has not received an invitation to the inauguration from President Karl Kerr.',
  '"I met Secretary Lee Park on Monday," Dam said.',
  'Foreign Minister Anna Berg and Lee Park met in Geneva.',
  'The Velan Ministry of Defence accused the Tarn Liberation Front of shelling villages.',
  'Berg met Park and Kerr on Tuesday.',
  'Lee Park was invited by Karl Kerr to the summit.',
  'Later that week Dam met Park again.',
].join('\n\n');

function events(): Array<Record<string, unknown>> {
  const record = extract({ id: 'events', text: ARTICLE });
  return record.events.map((e) => ({
    code: e.code,
    mode: e.mode,
    source: e.source.name,
    target: e.target.name,
    negated: e.negated,
    modality: e.modality,
    trigger: e.trigger.text,
    quote: e.quoteId !== null,
    sentence: record.text.slice(e.sentence.start, e.sentence.end).includes(e.trigger.text),
  }));
}

describe('events stage', () => {
  const found = events();

  it.each([
    ['a possible visit', { code: 'CONSULT', mode: 'visit', source: 'Anna Dam', target: 'Karl Kerr', negated: false, modality: 'possible', trigger: 'visit' }],
    ['a negated invitation, its inviter the source', { code: 'SUPPORT', source: 'Karl Kerr', target: 'Anna Dam', negated: true, modality: 'asserted', trigger: 'invitation' }],
    ['a meeting told in a quote, its speaker the source', { code: 'CONSULT', source: 'Anna Dam', target: 'Lee Park', quote: true }],
    ['coordinated actors meeting, not the place', { code: 'CONSULT', source: 'Anna Berg', target: 'Lee Park', quote: false }],
    ['an accusation', { code: 'ACCUSE', source: 'Velan Ministry of Defence', target: 'Tarn Liberation Front', trigger: 'accused' }],
    ['the second of two coordinated targets', { code: 'CONSULT', source: 'Anna Berg', target: 'Karl Kerr' }],
    ['a passive invitation', { code: 'SUPPORT', source: 'Karl Kerr', target: 'Lee Park', negated: false, trigger: 'invited' }],
  ])('codes %s', (_name, expected) => {
    expect(found).toContainEqual(expect.objectContaining(expected));
  });

  it('never makes a place the target of a meeting held there', () => {
    expect(found.filter((e) => e.target === 'Geneva')).toEqual([]);
  });

  it('never makes a place where something happens the source of the next event', () => {
    const record = extract({ id: 'p', text: 'Anna Berg met farmers in Norway before chairing a meeting of the Velan Council.' });
    expect(record.events.filter((e) => e.source.name === 'Norway')).toEqual([]);
  });

  it('takes a person after "in" as an actor', () => {
    const record = extract({ id: 'i', text: 'Reporters would be interested in Senator Anna Berg opposing Karl Kerr.' });
    expect(record.events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name} ${e.modality}`)).toEqual(['REJECT Anna Berg -> Karl Kerr planned']);
  });

  it('keeps one event per interaction: the second Dam–Park meeting is the first one told again', () => {
    expect(found.filter((e) => e.code === 'CONSULT' && e.source === 'Anna Dam' && e.target === 'Lee Park')).toHaveLength(1);
  });

  it('keeps each trigger inside its sentence', () => {
    expect(found.every((e) => e.sentence)).toBe(true);
  });
});

describe('actors joined before a trigger', () => {

  it.each([
    ['each asked, not each other', 'Foreign Minister Anna Berg and Prime Minister Karl Kerr called for new talks.'],
    ['both met someone else', 'Foreign Minister Anna Berg and Prime Minister Karl Kerr met the families on Monday.'],
    ['a comma alone joins no subjects', 'The chairman of the Tarn Workers Union, Karl Kerr warned of strikes.'],
  ])('code no event between them when %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['a meeting last week', 'Foreign Minister Anna Berg and Prime Minister Karl Kerr met last week.', 'CONSULT'],
    ['a deal signed together', 'Foreign Minister Anna Berg and Prime Minister Karl Kerr signed a trade agreement.', 'SUPPORT'],
  ])('code %s as an act of the two', (_name, text, code) => {
    expect(pairs(text)).toEqual([`${code} Anna Berg -> Karl Kerr`]);
  });
});

describe('actors listed after a trigger', () => {

  it('share the event up to the last one joined by a word', () => {
    expect(pairs('Senator Anna Berg met Karl Kerr, Lena Varga and Jon Vik.')).toEqual(['CONSULT Anna Berg -> Karl Kerr', 'CONSULT Anna Berg -> Lena Varga', 'CONSULT Anna Berg -> Jon Vik']);
  });

  it('are no list when a comma alone joins them', () => {
    expect(pairs('Senator Anna Berg met Karl Kerr, the envoy Lena Varga said.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });
});

describe('a contest', () => {

  it('is no event: a match won, a match to come', () => {
    expect(pairs('Anna Berg beat Karl Kerr 6-4 6-3.')).toEqual([]);
    expect(pairs('Senator Anna Berg will meet Karl Kerr in the final on Sunday.')).toEqual([]);
  });

  it('leaves a meeting a meeting', () => {
    expect(pairs('Senator Anna Berg will meet Karl Kerr on Sunday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });
});

describe('a noun trigger right before a name', () => {

  it('is the title of the name, not an event', () => {
    expect(pairs('Senator Anna Berg said former chat show host Karl Kerr would lead the party.')).toEqual([]);
  });

  it('is an event with its preposition or as a gerund', () => {
    expect(pairs('Senator Anna Berg will begin talks with Karl Kerr.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
    expect(pairs('Senator Anna Berg spoke after meeting Karl Kerr.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });
});

describe('an actor after a verb of saying, with its own verb', () => {

  it('is the subject of what is said, not the target', () => {
    expect(pairs('Senator Anna Berg denied Karl Kerr, her deputy, said the plans were wrong.')).toEqual([]);
    expect(pairs('Senator Anna Berg rejected the idea Karl Kerr posed a threat.')).toEqual([]);
  });

  it('is still who is asked', () => {
    expect(pairs('The Velan Council demanded Karl Kerr quit.')).toEqual(['REQUEST Velan Council -> Karl Kerr']);
  });
});

describe('an act received', () => {

  it('has the one who received it as its target', () => {
    expect(pairs('Prime Minister Anna Berg accepted the resignation of Karl Kerr.')).toEqual(['CONCEDE Karl Kerr -> Anna Berg']);
    expect(pairs('Prime Minister Anna Berg won key concessions from Karl Kerr.')).toEqual(['CONCEDE Karl Kerr -> Anna Berg']);
  });

  it('links no one else in a passive without its agent', () => {
    expect(pairs('Anna Berg was investigated over the conduct of Karl Kerr.')).toEqual([]);
  });
});

describe('an actor after a trigger that is not its target', () => {

  it.each([
    ['the topic of talks', 'Anna Berg held talks about Norway.'],
    ['a comparison', 'Anna Berg imposed the same embargo as countries such as Norway.'],
    ['the pair of another noun before "between"', 'The trip follows claims of a feud between Senator Anna Berg and Karl Kerr.'],
    ['the topic of an attack', 'Anna Berg attacked the government over Norway.'],
    ['a letter sent', 'Senator Anna Berg sent Karl Kerr a letter.'],
    ['the one who resigned', 'Senator Anna Berg entered the cabinet after the resignation of Karl Kerr.'],
    ['the object of a relative clause', 'Councillors who met Senator Anna Berg praised Karl Kerr.'],
    ['the object of a relative clause, after a title', 'Two councillors who back Senator Anna Berg met Karl Kerr.'],
    ['the channel an appeal goes through', 'Senator Anna Berg made an appeal to the kidnappers via the Velan Broadcasting Corporation.'],
  ])('codes no event for %s', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['a phone call last week', 'Senator Anna Berg called Karl Kerr last week.', 'CONSULT Anna Berg -> Karl Kerr'],
    ['the owner of the topic', "Anna Berg filed a complaint over Norway's support for the rebels.", 'ACCUSE Anna Berg -> Norway'],
    ['money received', 'Minister Anna Berg received money from Karl Kerr.', 'AID Karl Kerr -> Anna Berg'],
    // A lender's support is a loan, material: AID.
    ['support received, its giver before it', 'Norway receives IMF support.', 'AID International Monetary Fund -> Norway'],
  ])('codes %s', (_name, text, event) => {
    expect(pairs(text)).toEqual([event]);
  });
});

describe('event actors', () => {
  it('carry the country of their entity', () => {
    const record = extract({ id: 'c', text: 'Dutch Foreign Minister Anna Berg met Prime Minister Lena Varga of Hungary in Budapest.', date: '2024-05-01' });
    const event = record.events[0];
    expect(event?.source).toMatchObject({ name: 'Anna Berg', country: 'NLD' });
    expect(event?.target).toMatchObject({ name: 'Lena Varga', country: 'HUN' });
  });
});
