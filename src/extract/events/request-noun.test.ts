import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences for requests told by a noun (issue 18): PLOVER's REQUEST holds requests, demands
// and appeals, and a noun of request names who asks with "from" or "by", who is asked with "for … to"
// or "to".
function events(text: string): string[] {
  return extract({ id: 'request-noun', text }).events.map(
    (e) => `${e.code} ${e.source.name} -> ${e.target.name}${e.negated ? ' negated' : ''} ${e.modality}`,
  );
}

describe('a request told by a noun', () => {
  it('the requester after the noun: "a request by X to Y to …", "a demand from X for Y to …"', () => {
    expect(events('The request by France to Germany to extradite the men was refused.')).toEqual(['REQUEST France -> Germany asserted']);
    expect(events('A demand from France for Germany to lift the ban came on Monday.')).toEqual(['REQUEST France -> Germany asserted']);
  });
  it('the requester after what is asked, closed by a quotation mark: "a call for Y to \'…\' from X"', () => {
    expect(events('Foreign Minister Anna Berg vowed to press on despite a call for her to "think again" from Prime Minister Tomas Lund.')).toEqual([
      'REQUEST Tomas Lund -> Anna Berg asserted',
    ]);
  });
  it('an unquoted "from" after the infinitive is its own, not the requester', () => {
    expect(events('There was a call for Germany to withdraw its troops from France.')).not.toContain('REQUEST France -> Germany asserted');
  });
  it('a request noun denied by its own phrase: "no request from X for Y to …"', () => {
    expect(events('There was no request from France for Germany to lift the ban.')).toEqual(['REQUEST France -> Germany negated asserted']);
  });
  it('the possessor of the noun asks: "X\'s call for Y to …"', () => {
    expect(events("France's call for Germany to lift the ban was rejected.")).toEqual(['REQUEST France -> Germany asserted']);
  });
  it('one the requests are brought to "with" is asked, not asking: "bombarded X with requests for Y to …"', () => {
    expect(events('MPs bombarded Minister Anna Berg with a barrage of requests for Senator Tomas Lund to publish the letter.')).toEqual([]);
  });
});
