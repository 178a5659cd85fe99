import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<string | undefined> {
  return extract({ id: 't', text }).quotes.map((q) => q.speaker?.name);
}

// Our own sentences: offices written in capitals, and legislators' seats.
describe('offices in capitals and seats', () => {
  it('"the MEP" and "the DJ" are offices held by a person, no organisation named by an acronym', () => {
    expect(speakers('Karl Dahl has quit the party after nine months. The MEP said he was ashamed to have joined it.')).toEqual(['Karl Dahl']);
    expect(speakers('DJ Lena Moss has released her first album in four years. The DJ said she had struggled with fame.')).toEqual(['Lena Moss']);
  });

  it('an acronym that is no office still names a body ("the BBC said")', () => {
    expect(speakers('Karl Dahl has quit the party. The BBC said he had been unhappy for months.')).toEqual(['BBC']);
  });

  it('"MSP Anna Berg": a Scottish legislator\'s letters before a name are a title, not part of it', () => {
    expect(speakers('Labour MSP Anna Berg said the plan was very clever.')).toEqual(['Anna Berg']);
  });

  it('"the Labour MP for Lowtown": the place after a seat is the constituency, not the speaker', () => {
    const text = 'Former minister Karl Dahl criticised the rivalry. "What sort of model does it give?" the Labour MP for Lowtown asked. He said the pair should make peace.';
    expect(speakers(text)).not.toContain('Lowtown');
    expect(speakers(text).at(-1)).toBe('Karl Dahl');
  });

  it('a minister who is also an MP is still "the minister" ("the Leeds MP" … "the minister")', () => {
    const text =
      'Home Office minister Anna Berg spoke to the committee. "The threat is real," the Leeds MP told MPs. Later, a spokesman put her words in context. ' +
      'The minister had been saying she understood the fears of the community, the spokesman said.';
    expect(speakers(text)).toEqual(['Anna Berg', 'Anna Berg']);
  });
});
