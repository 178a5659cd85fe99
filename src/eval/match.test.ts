import { describe, expect, it } from 'vitest';
import type { Range } from './gold.js';
import { matchItems, type Predicted } from './match.js';

function predicted(...spans: Array<[number, number]>): Predicted {
  const first = spans[0] ?? [0, 0];
  const last = spans.at(-1) ?? [0, 0];
  return { start: first[0], end: last[1], spans, cue: null, speaker: null };
}

const GOLD: Range[][] = [[[0, 100]]];

describe('matchItems', () => {
  it('matches an exact prediction with share 1', () => {
    expect(matchItems(GOLD, [predicted([0, 100])], 0.3)).toEqual([{ gold: 0, predicted: 0, share: 1 }]);
  });

  it('needs the share of gold covered to exceed the threshold', () => {
    expect(matchItems(GOLD, [predicted([0, 30])], 0.3)).toEqual([]);
    expect(matchItems(GOLD, [predicted([0, 31])], 0.3)).toHaveLength(1);
    expect(matchItems(GOLD, [predicted([0, 31])], 0.8)).toEqual([]);
    expect(matchItems(GOLD, [predicted([10, 91])], 0.8)).toHaveLength(1);
  });

  it('measures the share against the gold, so a longer prediction still matches', () => {
    expect(matchItems(GOLD, [predicted([0, 400])], 0.8)).toEqual([{ gold: 0, predicted: 0, share: 1 }]);
  });

  it('counts the characters of all pieces on both sides', () => {
    const split: Range[][] = [[[0, 40], [60, 100]]];
    expect(matchItems(split, [predicted([0, 40], [60, 100])], 0.8)[0]?.share).toBe(1);
    expect(matchItems(split, [predicted([0, 100])], 0.8)[0]?.share).toBe(1);
    expect(matchItems(split, [predicted([0, 40])], 0.3)[0]?.share).toBe(0.5);
  });

  it('falls back to start and end when a prediction lists no pieces', () => {
    const whole: Predicted = { start: 0, end: 100, spans: [], cue: null, speaker: null };
    expect(matchItems(GOLD, [whole], 0.8)).toHaveLength(1);
  });

  it('uses each prediction at most once, giving it to the gold it covers best', () => {
    const gold: Range[][] = [[[0, 100]], [[50, 100]]];
    // The prediction covers half of the first gold item and all of the second.
    expect(matchItems(gold, [predicted([50, 100])], 0.3)).toEqual([{ gold: 1, predicted: 0, share: 1 }]);
  });

  it('uses each gold item at most once, keeping the prediction that covers most of it', () => {
    expect(matchItems(GOLD, [predicted([0, 60]), predicted([0, 90])], 0.3)).toEqual([{ gold: 0, predicted: 1, share: 0.9 }]);
  });

  it('lets a gold item fall back to its second-best prediction when its best is taken', () => {
    const gold: Range[][] = [[[0, 100]], [[0, 50]]];
    const pairs = matchItems(gold, [predicted([0, 50]), predicted([0, 100])], 0.3);
    expect(pairs).toEqual([{ gold: 0, predicted: 1, share: 1 }, { gold: 1, predicted: 0, share: 1 }]);
  });

  it('never matches a gold item with no characters', () => {
    expect(matchItems([[[5, 5]]], [predicted([0, 10])], 0.3)).toEqual([]);
  });
});
