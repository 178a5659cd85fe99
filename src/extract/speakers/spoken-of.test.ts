import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<string | undefined> {
  return extract({ id: 't', text }).quotes.map((q) => q.speaker?.name);
}

// Our own sentences: a person named within what "he" or "she" reports is not the one who reports it.
describe('names within reported speech', () => {
  it('content before its cue: "Lars Berg would lead the campaign, he said" is not Berg\'s', () => {
    const text = 'Karl Dahl spoke at the launch on Monday. Lars Berg would be in the front line of the campaign, he said.';
    expect(speakers(text)).toEqual(['Karl Dahl']);
  });

  it('content after its cue: "he said Mr Berg had failed" is not Berg\'s', () => {
    const text = 'Lars Berg met Karl Dahl on Monday. Afterwards he said Mr Berg had failed to tackle the problem.';
    expect(speakers(text)).toEqual(['Karl Dahl']);
  });

  it('a cue set off after a subordinator reports only what follows ("Berg dropped the plan since, he said, it cost too much")', () => {
    const text = 'Karl Dahl spoke at the launch on Monday. Lars Berg dropped the plan since, he said, it cost far too much.';
    expect(speakers(text)).toEqual(['Lars Berg']);
  });
});
