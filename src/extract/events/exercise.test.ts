import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: the manual codes joint military exercises COOPERATE and single-country ones
// MOBILIZE (a show of force to the other actor).

const coded = (text: string): string | null => {
  const event = codeSentence({ text, source: 'Velan', target: 'Tarn' }).event;
  return event ? `${event.code}/${event.mode ?? ''}` : null;
};

describe('a military exercise', () => {
  it.each([
    ['held near the other actor', 'Velan held large military exercises near Tarn on Monday.'],
    ['staged off its coast', 'Velan staged war games off the coast of Tarn.'],
    ['held around it', 'Velan held naval drills around Tarn in a show of force.'],
  ])('%s is one side’s show of force: MOBILIZE', (_name, text) => {
    expect(coded(text)).toBe('MOBILIZE/troops');
  });

  it.each([
    ['held by both, coordinated', 'Velan and Tarn held military exercises on Monday.'],
    ['held with the other', 'Velan held naval drills with the Tarn navy in the Baltic.'],
    ['called joint', 'Velan began joint military exercises in the desert of Tarn.'],
    ['staged by both', 'The war games were staged by Velan and Tarn forces.'],
  ])('%s is an exchange: COOPERATE', (_name, text) => {
    expect(coded(text)).toBe('COOPERATE/military');
  });

  it('announced by one side near the other is a threat under the conventions', () => {
    const event = codeSentence({ text: 'Velan will hold military exercises near the border with Tarn next week.', source: 'Velan', target: 'Tarn' }).event;
    expect(event?.plover).toBe('THREATEN');
  });
});
