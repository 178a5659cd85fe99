import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';

function people(text: string): string[] {
  return extract({ id: 't', text, date: '2024-03-01' }).entities.filter((e) => e.type === 'person').map((e) => e.name);
}

// Our own sentences: a Korean or Chinese given name of two syllables joined by a hyphen.
describe('a hyphenated given name after a family name of East Asia', () => {
  it('keeps a second syllable that is also an English word ("Kim Ha-song", "Park Do-moon")', () => {
    expect(people('Kim Ha-song met Park Do-moon in Seoul on Monday.')).toEqual(expect.arrayContaining(['Kim Ha-song', 'Park Do-moon']));
  });

  it('does not make a place before a modifier a name ("a Hong Kong-based firm")', () => {
    expect(people('A Hong Kong-based firm said sales rose.')).toEqual([]);
  });
});
