import { describe, expect, it } from 'vitest';
import { fold, looseKey, nameWords } from './fold.js';

describe('fold', () => {
  it('keeps plain ASCII names as they are', () => {
    expect(fold('Emmanuel Macron')).toBe('Emmanuel Macron');
    expect(fold("O'Neill-Smith Jr.")).toBe("O'Neill-Smith Jr.");
    expect(fold('')).toBe('');
  });

  it('collapses and trims white space', () => {
    expect(fold(' Anna Berg')).toBe('Anna Berg');
    expect(fold('Anna  Berg')).toBe('Anna Berg');
    expect(fold('Anna Berg ')).toBe('Anna Berg');
    expect(fold('Anna\tBerg\n')).toBe('Anna Berg');
    expect(fold(' ')).toBe('');
  });

  it('removes diacritics and unifies apostrophes and dashes', () => {
    expect(fold('Lech Wałęsa')).toBe('Lech Walesa');
    expect(fold('José Sócrates')).toBe('Jose Socrates');
    expect(fold('O’Neill–Smith')).toBe("O'Neill-Smith");
    expect(fold('Øresund  Straße')).toBe('Oresund Strasse');
  });
});

describe('nameWords and looseKey', () => {
  it('lower-case, fold and drop honorifics and a leading "the"', () => {
    expect(nameWords('Mr. José Sócrates')).toEqual(['jose', 'socrates']);
    expect(looseKey('the Élysée')).toBe('elysee');
  });

  it('nameWords cuts at spaces, full stops and commas, and drops what is left empty', () => {
    expect(nameWords(' Smith, John A.  Jr ')).toEqual(['smith', 'john', 'a', 'jr']);
    expect(nameWords('Dr.  Anna\u00a0Berg')).toEqual(['anna', 'berg']);
    expect(nameWords('...')).toEqual([]);
    expect(nameWords('')).toEqual([]);
  });

  it('looseKey drops "the" only as a whole first word', () => {
    expect(looseKey('Theresa May')).toBe('theresa may');
    expect(looseKey('The Hague')).toBe('hague');
  });
});
