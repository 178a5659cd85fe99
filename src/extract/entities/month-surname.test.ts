import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function people(text: string): string[] {
  return extract({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name);
}

// Our own sentences: a month's or a day's name after a given name is the person's surname.
describe('a surname that is a month or a day', () => {
  it.each([
    ['a given name and "May"', 'Shadow minister Ilse May said the plan would fail.', ['Ilse May']],
    ['a given name and "Friday"', 'England coach Mike Friday named his squad.', ['Mike Friday']],
    ['a title-case word, a given name and "May"', 'Guitarist Brian May joined the band.', ['Brian May']],
  ])('%s is one name', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['after a preposition', 'In May Anna Berg left the firm.', ['Anna Berg']],
    ['after a word that is no given name', 'On Friday Anna Berg left the firm.', ['Anna Berg']],
    ['in lower case', 'Anna may leave the firm, Tom Reyes said.', ['Tom Reyes']],
  ])('stays a date %s', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a surname that is a month, used again', () => {
  it('"Mrs May said" and "said Mrs May" name the person, though "may" is a modal and May a month', () => {
    const text = 'Home Secretary Theresa Vell met Ilse May on Monday. Mrs May said the plan would fail. "It is fair," said Mrs May in May.';
    const quotes = extract({ id: 't', text }).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ilse May', 'Ilse May']);
  });

  it('"May" alone after the full name is the person, but not "in May", "last May" or "May 5"', () => {
    const text = 'Guitarist Ilse May joined the band. May said the tour would start in May. Last May the band split; May 5 was its last show.';
    const may = extract({ id: 't', text }).entities.find((e) => e.name === 'Ilse May');
    expect(may?.mentions.map((m) => m.text).filter((t) => t === 'May')).toHaveLength(1);
  });
});
