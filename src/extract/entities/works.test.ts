import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../pipeline/testing/entity-types.js';

// Our own sentences: titles of works and names of bands told by the words around them, without
// quotation marks.
describe('a title of a work without quotation marks', () => {
  it.each([
    ['after a kind of work', 'The period drama Vera Lund won three prizes on Sunday.', 'Vera Lund'],
    ['after a possessive and a kind of work', "Tom Reyes said Dana Obel's movie Martin Hale had moved him.", 'Martin Hale'],
    ['after a role in', 'Ana Lind was praised for her role in Martin Hale at the ceremony.', 'Martin Hale'],
    ['before one who stars in it and a name', 'Martin Hale star Ana Lind arrived late.', 'Martin Hale'],
    ['before its director and a name', 'Martin Hale director Tom Reyes arrived late.', 'Martin Hale'],
  ])('is no person: %s', (_rule, text, title) => {
    expect(entityTypes(text)[title]).toBe('other');
  });

  it('gives the title\'s other mentions the same sense ("Vera Lund has earned" after "the drama Vera Lund")', () => {
    const types = entityTypes('The drama Vera Lund opened in May. Vera Lund has earned dollars 9m so far.');
    expect(types['Vera Lund']).toBe('other');
  });

  it.each([
    ['a subject after a phrase with a kind of work', 'In the film Tom Reyes plays a lawyer.', 'Tom Reyes'],
    ['a person with a title after the name of a programme', "He told the Today programme Mr Reyes had left.", 'Reyes'],
    ['a name that owns the next', "She starred in the film Dana Obel's Night Roads.", 'Dana Obel'],
  ])('leaves a person a person: %s', (_rule, text, person) => {
    expect(entityTypes(text)[person]).toBe('person');
  });
});

describe('a band before a member\'s noun and a name', () => {
  it('is an organisation ("Franz Ferdinand frontman Alex Kapranos")', () => {
    const types = entityTypes('Then Nora Velt frontman Tom Reyes thanked the crowd.');
    expect(types['Nora Velt']).toBe('organization');
    expect(types['Tom Reyes']).toBe('person');
  });

  it('is not a style or a people ("Welsh singer Bryn Terfel", "Soul singer")', () => {
    expect(entityTypes('The MP backed Welsh singer Bryn Terfel on Monday.')['Welsh']).not.toBe('organization');
  });
});
