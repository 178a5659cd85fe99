import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import type { EntityRecord } from '../../doc/record.js';

function entitiesOf(text: string): EntityRecord[] {
  return extract({ id: 't', text, date: '2024-03-01' }).entities;
}

function typeOf(entities: readonly EntityRecord[], name: string): string | undefined {
  return entities.find((e) => e.name === name)?.type;
}

// Our own sentences: a possessive inside a name belongs to it.
describe('a possessive inside a name', () => {
  it('keeps a plural noun of people that owns a body in its name ("Velder Farmers\' Union", "Tarn People\'s Party")', () => {
    const entities = entitiesOf("The Velder Farmers' Union said prices fell. The Tarn People's Party won the vote in Velder.");
    expect(typeOf(entities, "Velder Farmers' Union")).toBe('organization');
    expect(typeOf(entities, "Tarn People's Party")).toBe('organization');
  });

  it('keeps the possessive of a company named so ("McDonald\'s", "Lloyd\'s of London")', () => {
    const entities = entitiesOf("Sales at McDonald's rose in March. Lloyd's of London said claims fell.");
    expect(typeOf(entities, "McDonald's")).toBe('organization');
    expect(typeOf(entities, "Lloyd's of London")).toBe('organization');
  });

  it('does not join a title, a given name or a party after the possessive ("Children\'s Minister Anna Berg", "the Tories\' Commons leader")', () => {
    const entities = entitiesOf("Children's Minister Anna Berg said so. The Tories' Commons leader spoke.");
    expect(typeOf(entities, 'Anna Berg')).toBe('person');
    expect(entities.some((e) => e.name.includes("Tories'") || e.name.includes("Children's"))).toBe(false);
  });

  it('does not take the owner before a possessive for the body it owns ("Velder United" is not the "Velder United Supporters\' Association")', () => {
    const entities = entitiesOf("Velder United won on Saturday. The Independent Velder United Supporters' Association said it was pleased.");
    expect(typeOf(entities, 'Velder United')).toBe('organization');
    expect(typeOf(entities, "Independent Velder United Supporters' Association")).toBe('organization');
  });
});
