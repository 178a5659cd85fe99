import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function named(text: string): string[] {
  return extract({ id: 't', text }).entities.map((e) => `${e.name}:${e.type}`);
}

// Our own sentences: a country, a place or a body before an office and a person's name is the office's
// seat, named as well as the person.
describe('the seat of an office before a title and a name', () => {
  it.each([
    ['a country\'s initials', 'U.S. Trade Secretary Ann Velder said the talks failed.', ['United States:country', 'Ann Velder:person']],
    ['a country\'s name', 'Norway Foreign Minister Lars Hovde said the talks failed.', ['Norway:country', 'Lars Hovde:person']],
    ['a place of two words', 'New York Mayor Dan Corrow said the talks failed.', ['New York:place', 'Dan Corrow:person']],
    ['a body', 'UN Envoy Mira Tessel said the talks failed.', ['United Nations:organization', 'Mira Tessel:person']],
  ])('is named: %s', (_kind, text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    ['a nationality that also names its country', 'Argentine Trade Minister Luis Ortez said the talks failed.', ['Luis Ortez:person']],
    ['a paper\'s name with no one after it', 'The Hollywood Reporter said the talks failed.', []],
  ])('is not read in %s', (_kind, text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
