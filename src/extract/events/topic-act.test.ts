import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: an act named in the topic of talks or of a complaint ("about …", "over …") is no
// act of the one the talks are held with or the complaint is lodged with (topic-act.ts).
function events(text: string): string[] {
  return extract({ id: 'topic-act', text }).events.map((e) => `${e.code}${e.mode ? `/${e.mode}` : ''} ${e.source.name} -> ${e.target.name}`);
}

describe('an act in the topic of talks or a complaint', () => {
  it('the partner of talks gives none of the aid talked about', () => {
    expect(events('Foreign Minister Anna Berg held talks with Germany about military aid to Ukraine.')).toEqual(['CONSULT Anna Berg -> Germany']);
  });
  it('the body a complaint is lodged with makes none of the attacks complained of', () => {
    expect(events('Norway lodged a complaint with the UN over attacks on Lebanon.')).toEqual([]);
  });
  it('one the topic is said of directly, with no preposition, stays its doer', () => {
    expect(events('Norway criticised Sweden over attacks on Finland.')).toEqual(['ACCUSE/disapprove Norway -> Sweden', 'ASSAULT Sweden -> Finland']);
  });
});

// PLOVER's SUPPORT holds approving another's policy or position; AGREE is a commitment to cooperate.
describe('agreeing with a view', () => {
  it('agreeing with what another thinks approves it: SUPPORT', () => {
    expect(events('Foreign Minister Anna Berg said she agreed with President Karl Lund\'s view.')).toEqual(['SUPPORT Anna Berg -> Karl Lund']);
  });
  it('agreeing with another to act stays AGREE', () => {
    expect(events('Foreign Minister Anna Berg agreed with President Karl Lund to hold talks.')).toEqual(['AGREE Anna Berg -> Karl Lund']);
  });
});
