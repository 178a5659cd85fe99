import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function people(text: string): Array<[string, string | null]> {
  return extract({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.gender ?? null]);
}

// Our own sentences: a lone name no lexicon knows is a person's where the grammar says so.
describe('a name in apposition to a noun of kin or friendship', () => {
  it.each([
    ['my friend X', 'Yesterday my friend Tavi came over with a cake. She baked it herself.', [['Tavi', 'female']]],
    ["X's sister Y", "Berg's sister Tavi came over. She was late.", [['Tavi', 'female']]],
    ['his brother X', 'Later his brother Quon arrived with the keys.', [['Quon', 'male']]],
  ])('%s is a person, of the gender the noun says if it says one', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('needs the possessive: "a friend Tavi" is left a guess', () => {
    expect(people('Yesterday a friend Tavi came over.')).toEqual([]);
  });
});

describe('an addressed name (a vocative)', () => {
  it.each([
    ['set off by a comma in a question to "you"', 'Are you coming, Tavi? Her tea is cold.', [['Tavi', 'female']]],
    ['closing a quotation after a comma', '“It doesn’t hurt, Gram,” Ona says.', [['Gram', null]]],
    ['a sentence of its own before one spoken to "you"', 'Tavi. You are dripping on the floor.', [['Tavi', null]]],
  ])('%s is a person', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a name in a list', 'We liked Zarb, Quell, Tavi, and the rest of you.'],
    ['a hesitation opening a sentence', 'Um, so you know the plan.'],
  ])('%s is no call', (_rule, text) => {
    expect(people(text)).toEqual([]);
  });
});
