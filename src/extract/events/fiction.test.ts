import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: what a work shows its characters do is its story, no event.
function events(text: string): string[] {
  return extract({ id: 'fiction', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);
}

describe('a work’s plot', () => {
  it.each([
    ['a film that "saw" them act', 'The film saw President Anna Dam invade France.'],
    ['a film that "will see" them act', 'The new film will see Prime Minister Anna Dam meeting Karl Kerr.'],
    ['a novel that "follows" them', 'The novel follows President Anna Dam invading France.'],
  ])('is no event: %s', (_name, text) => {
    expect(events(text)).toEqual([]);
  });

  it('the same act told of real actors is one', () => {
    expect(events('President Anna Dam invaded France.')).toEqual(['ASSAULT Anna Dam -> France']);
    // "the weekend saw": no work's noun.
    expect(events('The weekend saw President Anna Dam invade France.')).toEqual(['ASSAULT Anna Dam -> France']);
  });
});
