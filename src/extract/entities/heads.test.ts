import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function typeOf(text: string, name: string): string | undefined {
  return extract({ id: 't', text, date: '2024-03-01' }).entities.find((e) => e.name === name)?.type;
}

// Our own sentences: the last word of a long name says what it names, whatever opens it.
describe('the head word of a long name', () => {
  it('takes a laboratory or an academy for an organisation, though a given name opens it ("Marta Kessel National Laboratory")', () => {
    expect(typeOf('Scientists at the Marta Kessel National Laboratory said the test worked.', 'Marta Kessel National Laboratory')).toBe('organization');
    expect(typeOf('The Royal Velder Academy of Arts said the show would open in May.', 'Royal Velder Academy of Arts')).toBe('organization');
  });

  it('takes a treaty opened by a point of the compass for a thing, not a place ("West Velder Free Trade Agreement")', () => {
    expect(typeOf('Ministers signed the West Velder Free Trade Agreement on Monday.', 'West Velder Free Trade Agreement')).toBe('other');
    expect(typeOf('The plant in West Velder will close, Tom Reed said.', 'West Velder')).toBe('place');
  });
});
