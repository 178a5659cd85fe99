import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { nameWords } from '../../text/fold.js';

function people(text: string): string[] {
  return extract({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.name);
}

// Our own sentences: "Mr", "Mrs", "Ms", "Miss", "Dr" stand only before a surname, so a title word right
// after one is that surname, not an office.
describe('an honorific before a title word that is a surname', () => {
  it.each([
    ['an office ("King")', 'Mr King said the plan would fail.', ['King']],
    ['an office ("Bishop")', 'Mrs Bishop told the inquiry she had not been warned.', ['Bishop']],
    ['an office\'s modifier ("Green")', 'Ms Green opened the shop in 1998.', ['Green']],
    ['another honorific ("Major")', 'The crowd cheered Mr Major at the rally.', ['Major']],
  ])('%s after the honorific names a person', (_rule, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('joins the full name given earlier, and its quotes are that person\'s', () => {
    const text = 'The promoter, Ellen King, spoke on Monday. "Tickets sold out in an hour," Ms King said.';
    const record = extract({ id: 't', text });
    expect(record.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ellen King']);
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['Ellen King']);
  });

  it.each([
    ['a form of address', 'Thank you, Mr President, the delegate said.'],
    ['a contest\'s title', 'She was crowned Miss World in 1994.'],
  ])('stays no name in %s', (_rule, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps an honorific that ends a name, or that an honorific stands before, as its word; alone, it names no one', () => {
    expect(nameWords('Major', true)).toEqual(['major']);
    expect(nameWords('John Major')).toEqual(['john', 'major']);
    expect(nameWords('Hong Kong Gov.')).toEqual(['hong', 'kong']);
    expect(nameWords('MS')).toEqual([]);
    expect(people('Drugs for MS were approved in Canada.')).toEqual([]);
  });
});
