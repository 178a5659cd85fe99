import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function typeOf(text: string, name: string): string | undefined {
  return extract({ id: 't', text }).entities.find((e) => e.name === name)?.type;
}

// Our own sentences: a lone name that speaks is mostly a company's ("Velcorp said"), but "who" right after
// it is a person's relative pronoun; a body takes "which".
describe('"who" after a lone name that speaks', () => {
  it('makes it a person ("Ovrandus, who wrote")', () => {
    expect(typeOf('Ovrandus, who wrote the letter, said the rules were unfair.', 'Ovrandus')).toBe('person');
  });

  it('leaves a body\'s "which" ("Velcorp, which owns") and a group after "the" ("the Ovrandans, who") as they were', () => {
    expect(typeOf('Velcorp, which owns the plant, said the rules were unfair.', 'Velcorp')).toBe('organization');
    expect(typeOf('The Ovrandans, who wrote the letter, said the rules were unfair.', 'Ovrandans')).toBe('organization');
  });
});
