import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<[string | undefined, string | undefined]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.basis]);
}

// Our own sentences: "it" that speaks right after a body's report goes on with that report.
describe('"it" goes on with the report before when no person made it', () => {
  it('a body named, then "It also said", is not the body it spoke of ("the Home Office")', () => {
    const text = 'The Velder Commission said the Home Office had failed to act on the warnings. It also said ministers should apologise.';
    expect(speakers(text)).toEqual([['Velder Commission', 'named'], ['Velder Commission', 'pronoun']]);
  });

  it('a thing a person issued: "Mr Reed\'s statement said: … It added:" is Mr Reed', () => {
    const text = 'Mr Tom Reed\'s statement said: "We acted at once." It added: "The Labour Party will be wanting to change the subject."';
    expect(speakers(text).map(([name]) => name)).toEqual(['Tom Reed', 'Tom Reed']);
  });

  it('a body described, unresolved: "It" is named by the description, not the last body named ("says the committee, … It is also calling")', () => {
    const text = 'As a result, says the committee, the Velder Council may need to act. It is also calling on judges to explain their sentences.';
    expect(speakers(text).at(-1)).toEqual(['the committee', 'unresolved']);
  });

  it('a person\'s report is no body\'s: "It said" after "Mr Reed said" is not Mr Reed', () => {
    const text = 'Mr Tom Reed said the plan would work. It said profits would rise.';
    expect(speakers(text).at(-1)?.[0]).not.toBe('Tom Reed');
  });

  it('a market named after "on" is not the "it" that speaks: "fell on the Kessel Stock Exchange after it said" is the firm', () => {
    const text = 'Shares in drug firm Velder Pharmaceuticals fell 12% on the Kessel Stock Exchange on Monday, after it said a partner would pull out of a deal.';
    expect(speakers(text).at(-1)?.[0]).toBe('Velder Pharmaceuticals');
  });
});
