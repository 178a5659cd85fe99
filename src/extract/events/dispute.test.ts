import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: a fight, battle or clash is ASSAULT only where an actor can use force.
function pairs(text: string): string[] {
  return extract({ id: 'dispute', text }).events.map((e) => `${e.code}${e.mode ? `/${e.mode}` : ''} ${e.source.name} -> ${e.target.name}`);
}

describe('a dispute of words', () => {
  it.each([
    ['two bodies of a union clash on an issue', 'The European Parliament clashed with the European Commission on the issue.', 'ACCUSE/disapprove European Parliament -> European Commission'],
    ['two persons battle over a role', 'Anna Dam battled Karl Kerr over her role in the film.', 'ACCUSE/disapprove Anna Dam -> Karl Kerr'],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toContain(expected);
  });

  it('a clash between states stays one of force', () => {
    expect(pairs('Norway clashed with Sweden near the border.')).toContain('ASSAULT Norway -> Sweden');
  });
});
