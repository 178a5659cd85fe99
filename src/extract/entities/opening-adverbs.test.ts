import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function names(text: string): string[] {
  return extract({ id: 't', text }).entities.map((e) => e.name);
}

// Our own sentences: an adverb that opens a sentence is capitalised for that alone, no part of the name after it.
describe('a sentence-opening adverb before a name', () => {
  it.each([
    ['"Now"', 'Tom Rodwick served first. Now Rodwick has to defend a break point.', ['Tom Rodwick']],
    ['"However"', 'Velcor raised prices. However Velcor kept its forecast.', ['Velcor']],
    ['"Eventually"', 'The robot Kiboto can walk. Eventually Kiboto could work in homes.', ['Kiboto']],
  ])('%s is left out of the name', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a place\'s name that opens with a point of the compass', 'North Devon voted on Thursday.', ['North Devon']],
    ['a title whose next word is an ordinary one', 'So Solid Crew played in Leeds.', ['So Solid Crew', 'Leeds']],
  ])('stays in %s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
