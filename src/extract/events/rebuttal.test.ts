import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences for rebuttals and retorts (issue 18): PLOVER's REJECT is "all rejections and
// refusals", so a retort to what an actor said rejects it; hitting out at an actor criticises it.
function events(text: string): string[] {
  return extract({ id: 'rebuttal', text }).events.map(
    (e) => `${e.code} ${e.source.name} -> ${e.target.name}${e.negated ? ' negated' : ''} ${e.modality}`,
  );
}

describe('a retort and the one it is aimed at', () => {
  it('"hit back at" what an actor claimed rejects it (REJECT), and "at" names the actor, not a place', () => {
    expect(events('Prime Minister Anna Kerr hit back at Labour claims that the economy was failing.')).toEqual([
      'REJECT Anna Kerr -> Labour Party asserted',
    ]);
    expect(events('Prime Minister Anna Kerr hit back at the Labour proposals on Monday.')).toEqual([
      'REJECT Anna Kerr -> Labour Party asserted',
    ]);
  });
  it('"hit out at" and "a swipe at" an actor criticise it (ACCUSE)', () => {
    expect(events('Russia hit out at Georgia over the attack.')).toEqual(['ACCUSE Russia -> Georgia asserted']);
    expect(events('Prime Minister Anna Kerr took a swipe at Labour.')).toEqual(['ACCUSE Anna Kerr -> Labour Party asserted']);
  });
  it('"at" after other words stays where the act was done', () => {
    expect(events('Prime Minister Anna Kerr met Labour leaders at the United Nations.')).toEqual(['CONSULT Anna Kerr -> Labour Party asserted']);
  });
});

describe('a claim rejected by the one it is about', () => {
  it('was an allegation against them (ACCUSE) beside the rejection', () => {
    expect(events('Prime Minister Anna Kerr hit back at Labour claims that she had misled voters.')).toEqual([
      'REJECT Anna Kerr -> Labour Party asserted',
      'ACCUSE Labour Party -> Anna Kerr asserted',
    ]);
    expect(events('Prime Minister Anna Kerr rejected claims by Labour that she had lied.')).toEqual([
      'REJECT Anna Kerr -> Labour Party asserted',
      'ACCUSE Labour Party -> Anna Kerr asserted',
    ]);
    expect(events("Prime Minister Anna Kerr rejected Labour's description of her as a liar.")).toEqual([
      'REJECT Anna Kerr -> Labour Party asserted',
      'ACCUSE Labour Party -> Anna Kerr asserted',
    ]);
  });
  it('not a claim of what they will do, nor one about something else', () => {
    expect(events("Prime Minister Anna Kerr denied Labour's claims that she would resign.")).toEqual(['REJECT Anna Kerr -> Labour Party asserted']);
    expect(events('Prime Minister Anna Kerr dismissed Labour claims that the economy was failing.')).toEqual(['REJECT Anna Kerr -> Labour Party asserted']);
  });
});
