import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences for blame told by a verb of wrongdoing (issue 18): PLOVER's ACCUSE holds criticism,
// and one who says an actor betrays, misleads or wrecks criticises it without a PLOVER verb.
function events(text: string): string[] {
  return extract({ id: 'wrongs', text }).events.map(
    (e) => `${e.code} ${e.source.name} -> ${e.target.name}${e.negated ? ' negated' : ''} ${e.modality}`,
  );
}

describe('blame told by a verb of wrongdoing', () => {
  it('a wrong the actor is said to do: "said the Tories would wreck the economy"', () => {
    expect(events('Senator Anna Dam said the Velan Party would wreck the economy.')).toEqual(['ACCUSE Anna Dam -> Velan Party asserted']);
    expect(events('Senator Anna Dam said President Karl Kerr had betrayed the voters.')).toEqual(['ACCUSE Anna Dam -> Karl Kerr asserted']);
  });
  it('a warning not to let the actor do it: \'said: "Don\'t let the Tories wreck it again"\'', () => {
    expect(events('Senator Anna Dam responded: "Tarn is working, don\'t let the Velan Party wreck it again."')).toContain('ACCUSE Anna Dam -> Velan Party asserted');
  });
  it('a wrong one says was done by the agent of a passive: "claims he has been betrayed by the authorities"', () => {
    expect(events('Senator Anna Dam claims she has been betrayed by the Velan Party.')).toEqual(['ACCUSE Anna Dam -> Velan Party asserted']);
  });
  it('a wrong denied is not read', () => {
    expect(events('Senator Anna Dam said the Velan Party had not betrayed the voters.')).toEqual([]);
  });
});
