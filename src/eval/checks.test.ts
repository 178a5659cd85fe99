import { describe, expect, it } from 'vitest';
import { cueCorrect, speakerCorrect, speakerIdentityCorrect } from './checks.js';
import type { GoldItem } from './gold.js';
import type { Predicted } from './match.js';

// '"Our door stays open," she said, and Anna Berg left.'  she = [23, 26], said = [27, 31], Anna Berg = [37, 46]
const GOLD: GoldItem = {
  content: [[0, 22]], source: [[23, 26]], sourceText: 'she', cue: [[27, 31]], cueText: 'said', reference: null, speech: true,
};

function predicted(speaker: { name: string; mention: [number, number] | null } | null, cue: [number, number] | null = null): Predicted {
  return {
    start: 0, end: 22, spans: [[0, 22]],
    cue: cue === null ? null : { start: cue[0], end: cue[1], text: 'x' },
    speaker: speaker === null ? null : {
      entityId: null, name: speaker.name, mention: speaker.mention === null ? null : { start: speaker.mention[0], end: speaker.mention[1], text: 'x' },
    },
  };
}

describe('speakerCorrect', () => {
  it('checks the predicted mention against the gold source offsets', () => {
    expect(speakerCorrect(GOLD, predicted({ name: 'Anna Berg', mention: [23, 26] }))).toBe(true);
    expect(speakerCorrect(GOLD, predicted({ name: 'Anna Berg', mention: [37, 46] }))).toBe(false);
    expect(speakerCorrect(GOLD, predicted({ name: 'Anna Berg', mention: null }))).toBe(false);
    expect(speakerCorrect(GOLD, predicted(null))).toBe(false);
  });

  it('checks the resolved name instead when the gold has a reference', () => {
    const gold = { ...GOLD, reference: 'Anna Berg' };
    expect(speakerCorrect(gold, predicted({ name: 'Berg', mention: [37, 46] }))).toBe(true);
    expect(speakerCorrect(gold, predicted({ name: 'Peter Berg', mention: [23, 26] }))).toBe(false);
    expect(speakerCorrect(gold, predicted(null))).toBe(false);
  });

  it('compares words when the gold source has no offsets', () => {
    const gold: GoldItem = { ...GOLD, source: null, sourceText: 'Anna Berg' };
    expect(speakerCorrect(gold, predicted({ name: 'Berg', mention: null }))).toBe(true);
    expect(speakerCorrect(gold, predicted({ name: 'Hill', mention: null }))).toBe(false);
  });

  it('does not check a gold item without a source', () => {
    expect(speakerCorrect({ ...GOLD, source: null, sourceText: '' }, predicted(null))).toBeNull();
  });
});

describe('cueCorrect', () => {
  it('checks the predicted cue against the gold cue offsets', () => {
    expect(cueCorrect(GOLD, predicted(null, [27, 31]))).toBe(true);
    expect(cueCorrect(GOLD, predicted(null, [30, 40]))).toBe(true);
    expect(cueCorrect(GOLD, predicted(null, [31, 36]))).toBe(false);
    expect(cueCorrect(GOLD, predicted(null))).toBe(false);
  });

  it('compares speech verbs when the gold cue has no offsets', () => {
    const gold: GoldItem = { ...GOLD, cue: null, cueText: 'has said' };
    const withCue = (text: string): Predicted => ({ ...predicted(null), cue: { start: 27, end: 31, text } });
    expect(cueCorrect(gold, withCue('said'))).toBe(true);
    expect(cueCorrect(gold, withCue('told'))).toBe(false);
  });

  it('does not check a gold item without a cue', () => {
    expect(cueCorrect({ ...GOLD, cue: null, cueText: '' }, predicted(null, [27, 31]))).toBeNull();
  });
});

describe('speakerIdentityCorrect', () => {
  const item = (reference: string | null): GoldItem => ({
    content: [[0, 5]], source: [[10, 12]], sourceText: 'he', cue: null, cueText: 'said', reference, speech: true,
  });
  const said = (name: string): Predicted => ({
    start: 0, end: 5, spans: [[0, 5]], cue: null, speaker: { entityId: 'e1', name, mention: { start: 10, end: 12, text: 'he' } },
  });
  it('scores the resolved person, not the mention: "he" resolved to the wrong man is wrong', () => {
    expect(speakerIdentityCorrect(item('Hugh Hill'), said('Hill'))).toBe(true);
    expect(speakerIdentityCorrect(item('Hugh Hill'), said('Peter Dunn'))).toBe(false);
    expect(speakerIdentityCorrect(item(null), said('Peter Dunn'))).toBeNull();
  });
});
