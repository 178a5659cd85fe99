import { describe, expect, it } from 'vitest';
import { eventPairs as pairs } from '../../pipeline/testing/event-pairs.js';

// Our own sentences: a warning is a threat only when it warns of an act of the warner's side.

describe('a warning', () => {
  it.each([
    ['of a thing that could happen', 'Anna Dam warned Karl Kerr on Monday that the war could be illegal.'],
    ['of what an act would bring', 'Anna Dam warned Karl Kerr that attacking the envoy had brought trouble before.'],
    ['of how things stand, with no "that"', 'Senator Anna Dam warned the Velan Party they were in danger of losing the vote.'],
    ['of how things stand, with "that"', 'Senator Anna Dam warned the Velan Party that it was in danger.'],
  ])('%s is no threat', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['of an act of the warner’s side', 'Anna Dam warned Karl Kerr that her government would expel him.'],
    ['of an act announced, with no "that"', 'Anna Dam warned Karl Kerr she would sue him.'],
    ['of an act of the warner', 'Anna Dam warned Karl Kerr that she would expel him.'],
    ['of a reaction, with no clause', 'Anna Dam warned Karl Kerr of a reaction.'],
  ])('%s stays a threat', (_name, text) => {
    expect(pairs(text)).toContain('THREATEN Anna Dam -> Karl Kerr');
  });
});
