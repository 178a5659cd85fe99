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
