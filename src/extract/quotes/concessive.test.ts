import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function quotes(text: string): Array<{ text: string; speaker: string | undefined }> {
  return extract({ id: 't', text }).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name }));
}

// Our own sentences: "Having said that," concedes; it reports nothing anyone said.
describe('a concession that opens a sentence', () => {
  it('"Having said that, …" is no quotation by "Having"', () => {
    expect(quotes('The team lost again on Saturday. Having said that, the Velder Rovers defence has not let in a goal all month.')).toEqual([]);
    expect(quotes('Having said this, Ola Brun is in much better shape than last year.')).toEqual([]);
  });

  it('inside a quotation the speaker still says it all; "said that, if …" still reports', () => {
    expect(quotes('"Having said that, we played well in the second half," Tom Reyes said.')).toEqual([
      { text: '"Having said that, we played well in the second half,"', speaker: 'Tom Reyes' },
    ]);
    expect(quotes('Tom Reyes said that, if elected, he would cut taxes.').map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
});
