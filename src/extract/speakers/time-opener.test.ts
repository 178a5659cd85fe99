import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<{ name: string | undefined; mention: string | undefined }> {
  return extract({ id: 't', text }).quotes.map((q) => ({ name: q.speaker?.name, mention: q.speaker?.mention?.text }));
}

// Our own sentences: a time said before the subject of a report ("Last month the chairman said").
describe('a time before the speaker is no part of it', () => {
  it('"Last Friday the minister said": the minister, resolved as a description', () => {
    const text = 'Transport minister Karl Dahl spoke in Lowtown on Monday. Last Friday the minister said he would hire three new managers for the airline.';
    expect(speakers(text).at(-1)).toEqual({ name: 'Karl Dahl', mention: 'the minister' });
  });

  it('"This week a judge said", "Last month the chairman of the firm said": the group or office alone', () => {
    expect(speakers('This week a judge said the case against the bakers could go ahead.')[0]?.mention).toBe('a judge');
    expect(speakers('Last month the chairman of Velder Foods said profits would rise.')[0]?.mention).toBe('the chairman of Velder Foods');
  });

  it('"Meanwhile Ms Berg said", "Earlier this month the firm said": a sentence adverb or a time phrase opens the clause', () => {
    expect(speakers('Meanwhile Ms Anna Berg said the talks had failed.')[0]).toEqual({ name: 'Anna Berg', mention: 'Ms Anna Berg' });
    expect(speakers('Velder Foods has lost money. Earlier this month the firm said it earned less in the third quarter than a year ago.')[0]?.mention).toBe('the firm');
  });

  it('keeps a time that owns the subject ("Last April\'s report") and an adjective of it ("Earlier reports")', () => {
    expect(speakers("Last April's report said that prices would rise.")[0]?.mention).toBe("Last April's report");
    expect(speakers('Earlier reports said that the firm would close.')[0]?.mention).toBe('Earlier reports');
  });
});
