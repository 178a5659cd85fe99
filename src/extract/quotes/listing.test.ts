import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own lines: a programme listing after a colon, against a statement after a speaker's name and colon.
describe('a programme listing is no quotation', () => {
  it('"- Anna Berg: Life on the Lake is being shown on BBC2 …" yields no quote', () => {
    const text = 'The party met in Leeds on Friday.\n\n- Anna Berg: Life on the Lake is being shown on BBC2 on Saturday 12 March at 2005 GMT.';
    expect(extract({ id: 't', text }).quotes).toEqual([]);
  });

  it('a name and a colon before a statement stays a quote', () => {
    const text = 'The party met in Leeds on Friday.\n\n- Anna Berg: The party will win the next election in Leeds.';
    expect(extract({ id: 't', text }).quotes.map((q) => q.speaker?.name)).toEqual(['Anna Berg']);
  });
});
