import { describe, expect, it } from 'vitest';
import cues from './cues.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };
import words from './words.json' with { type: 'json' };
import { CUE_FORMS } from './cues.js';
import { inflect } from './inflect.js';

describe('inflection', () => {
  it.each([
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['say', ['say', 'says', 'sayed', 'saying']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
  ])('%s', (base, forms) => {
    expect(inflect(base)).toEqual(forms);
  });
});

describe('cue lexicon', () => {
  it('maps irregular and multi-word forms to their lemma', () => {
    expect(CUE_FORMS.get('said')?.lemma).toBe('say');
    expect(CUE_FORMS.get('told')?.lemma).toBe('tell');
    expect(CUE_FORMS.get('pointed out')?.lemma).toBe('point out');
    expect(CUE_FORMS.get('went on')?.lemma).toBe('go on');
    expect(CUE_FORMS.get('according to')?.kind).toBe('speech');
  });

  it('keeps beliefs, intentions and findings apart from speech', () => {
    expect(CUE_FORMS.get('believes')?.kind).toBe('belief');
    expect(CUE_FORMS.get('wants')?.kind).toBe('intention');
    expect(CUE_FORMS.get('found')?.kind).toBe('finding');
    expect(CUE_FORMS.get('suggested')?.kind).toBe('speech');
  });

  it('lists lower-case entries only, each once', () => {
    const lists: string[][] = [
      Object.keys(cues.speech),
      cues.directOnly,
      titles.honorifics,
      titles.offices,
      words.orgWords,
      words.cueAdverbs,
    ];
    for (const list of lists) {
      for (const entry of list) expect(entry).toBe(entry.toLowerCase());
    }
    expect(new Set(Object.keys(cues.speech)).size).toBe(Object.keys(cues.speech).length);
    for (const verb of cues.directOnly) expect(Object.keys(cues.speech)).toContain(verb);
  });
});
