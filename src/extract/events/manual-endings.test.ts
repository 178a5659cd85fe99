import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: ending a conflict or a legal action, and a riot, as the PLOVER manual defines them.

const coded = (text: string, source: string, target: string): string | null => {
  const event = codeSentence({ text, source, target }).event;
  return event ? `${event.plover} ${event.code}${event.mode ? `/${event.mode}` : ''}` : null;
};

describe('the manual’s endings and riots', () => {
  it.each([
    // RETREAT ceasefire: "observing a ceasefire or otherwise ending active conflicts", with every verb of ending.
    ['ending bombing is RETREAT ceasefire', 'The Velan army halted its bombing of Tarn on Sunday.', 'The Velan army', 'Tarn', 'RETREAT RETREAT/ceasefire'],
    // REJECT 'yield' covers ceasefires refused: a conflict one will not end.
    ['refusing to end a war is REJECT', 'The Velan army said it would never stop its war on the Tarn rebels.', 'The Velan army', 'the Tarn rebels', 'REJECT RETREAT/ceasefire'],
    // CONCEDE: "easing of administrative or legal restrictions on persons and organizations".
    ['an investigation dropped is CONCEDE', 'The Velan prosecutor dropped the investigation into the Tarn Party.', 'The Velan prosecutor', 'the Tarn Party', 'CONCEDE CONCEDE'],
    ['a lawsuit withdrawn is CONCEDE', 'Velan withdrew its lawsuit against Tarn.', 'Velan', 'Tarn', 'CONCEDE CONCEDE'],
    // CONCEDE: a demand accepted, whatever the verb of accepting ("accept", "meet", "agree to", "comply with").
    ['agreeing to demands is CONCEDE', 'Velan agreed to Tarn’s demands on Monday.', 'Velan', 'Tarn', 'CONCEDE CONCEDE'],
    // A word joined by hyphens counts once in a pattern's gap ('lift ~ sanction').
    ['sanctions of a hyphened age lifted', 'Velan decided to partially lift the 2-year-old trade sanctions imposed on Tarn.', 'Velan', 'Tarn', 'RETREAT RETREAT/ease'],
    // PROTEST riot: violent collective action of civilians toward the authorities.
    ['a crowd’s clash with police is a riot', 'Opponents of the Velan government clashed with police in the capital.', 'Opponents of the Velan government', 'police', 'PROTEST PROTEST/riot'],
    ['police fighting protesters is a riot', 'Police fought running battles with thousands of protesters in Velan.', 'Police', 'thousands of protesters', 'PROTEST PROTEST/riot'],
    ['a clash of armed sides stays ASSAULT', 'Velan troops clashed with Tarn rebels near the border.', 'Velan troops', 'Tarn rebels', 'ASSAULT ASSAULT'],
  ])('%s', (_name, text, source, target, expected) => {
    expect(coded(text, source, target)).toBe(expected);
  });
});
