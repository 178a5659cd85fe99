import { describe, expect, it } from 'vitest';
import data from './plover.json' with { type: 'json' };
import { EVENT_PATTERNS, LEMMA_FORMS, PLOVER_CODES, isFormOf, matchesWord } from './plover.js';

describe('PLOVER lexicon', () => {
  it('has patterns for each of the 16 categories, and no other', () => {
    expect(Object.keys(data.codes).sort()).toEqual([...PLOVER_CODES].sort());
    for (const code of PLOVER_CODES) expect(EVENT_PATTERNS.some((p) => p.code === code && !p.light)).toBe(true);
  });

  it('writes every pattern in lower case, with single spaces and no empty word', () => {
    const texts = [...Object.values(data.codes).flatMap((entries) => Object.keys(entries)), ...Object.keys(data.light), ...data.flip, ...data.none];
    for (const text of texts) {
      expect(text).toBe(text.toLowerCase().replace('/verb', '/VERB').replace('/noun', '/NOUN'));
      expect(text.split(' ').every((w) => w.length > 0)).toBe(true);
    }
  });

  it('lists each pattern under one category only', () => {
    const seen = new Map<string, string>();
    for (const [code, entries] of Object.entries(data.codes)) {
      for (const text of Object.keys(entries)) {
        expect(seen.get(text), `"${text}" is under ${seen.get(text)} and ${code}`).toBeUndefined();
        seen.set(text, code);
      }
    }
  });

  it('marks as reciprocal only patterns of its categories', () => {
    const texts = new Set(Object.values(data.codes).flatMap((entries) => Object.keys(entries)));
    for (const text of data.reciprocal) expect(texts.has(text), `"${text}" is not a pattern`).toBe(true);
    const meet = EVENT_PATTERNS.find((p) => p.words.length === 1 && p.words[0]?.lemma === 'meet');
    const urge = EVENT_PATTERNS.find((p) => p.words.length === 1 && p.words[0]?.lemma === 'urge');
    expect([meet?.reciprocal, urge?.reciprocal]).toEqual([true, false]);
  });

  it('matches patterns that differ only in their last word as one, with every form of each', () => {
    const lift = EVENT_PATTERNS.filter((p) => p.words[0]?.lemma === 'lift' && p.code === 'RETREAT' && p.words.length === 2);
    expect(lift).toHaveLength(1);
    const last = lift[0]?.words.at(-1);
    if (!last) throw new Error('no last word');
    expect(['ban', 'sanctions', 'embargo', 'curfews'].map((w) => matchesWord(w, 'NOUN', last))).toEqual([true, true, true, true]);
    expect(matchesWord('visit', 'NOUN', last)).toBe(false);
  });

  it('generates regular forms and knows irregular ones', () => {
    expect(isFormOf('met', 'meet')).toBe(true);
    expect(isFormOf('held', 'hold')).toBe(true);
    expect(isFormOf('sanctions', 'sanction')).toBe(true);
    expect(isFormOf('expelled', 'expel')).toBe(true);
    expect(isFormOf('criticised', 'criticise')).toBe(true);
    expect(isFormOf('talks', 'meet')).toBe(false);
    expect(LEMMA_FORMS.get('meet')).toBeUndefined();
  });
});
