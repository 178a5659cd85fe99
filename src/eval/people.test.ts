import { describe, expect, it } from 'vitest';
import { scorePeople } from './people.js';

describe('scorePeople', () => {
  it('matches names without case, diacritics or honorifics, each once', () => {
    const scores = scorePeople([{ gold: ['Anna Berg', 'José Ruiz'], predicted: ['anna berg', 'Mr Jose Ruiz', 'Anna Berg'] }]);
    expect(scores).toMatchObject({ gold: 2, predicted: 3, matched: 2, partial: 0 });
    expect(scores.recall).toBe(1);
    expect(scores.precision).toBeCloseTo(2 / 3);
  });

  it('counts a shorter form of a name as partial, not as a match', () => {
    const scores = scorePeople([{ gold: ['Anna Berg'], predicted: ['Berg'] }]);
    expect(scores).toMatchObject({ matched: 0, partial: 1, f1: 0 });
  });

  it('pools counts over articles', () => {
    const scores = scorePeople([
      { gold: ['Anna Berg'], predicted: ['Anna Berg'] },
      { gold: ['Hugh Hill'], predicted: [] },
    ]);
    expect(scores).toMatchObject({ articles: 2, gold: 2, matched: 1 });
    expect(scores.f1).toBeCloseTo(2 / 3);
  });
});
