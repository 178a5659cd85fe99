import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: the manual's AID is material aid whose benefits accrue to the recipient —
// money, grants, gifts, credit, debt forgiveness, goods sent — and SUPPORT only non-material support.

const coded = (text: string, source: string, target: string): string | null => codeSentence({ text, source, target }).event?.plover ?? null;

describe('material aid', () => {
  it.each([
    ['support of a material kind', 'Tarn has received financial and logistical support from Velan.'],
    ['support of a material kind, as a second object', 'Velan gave Tarn military support last year.'],
    ['grants', 'Velan gave Tarn $5 million in grants.'],
    ['a gift', 'Velan made a gift of ten ambulances to Tarn.'],
    ['debt forgiveness', "Velan forgave Tarn's debt of $2 billion."],
    ['goods flown in', 'Velan flew 20 tonnes of food into Tarn.'],
    ['goods shipped', 'Velan shipped weapons to Tarn last month.'],
    ['goods handed over', 'Velan handed over 40 ambulances to Tarn.'],
  ])('%s is AID', (_name, text) => {
    expect(coded(text, 'Velan', 'Tarn')).toBe('AID');
  });

  it.each([
    ["a lender's support named before it", 'Tarn currently receives Velan Fund support.'],
    ["a lender's support from it", 'Tarn has received support from the Velan Development Bank.'],
  ])('%s is AID: a loan', (_name, text) => {
    expect(coded(text, text.includes('Bank') ? 'Velan Development Bank' : 'Velan Fund', 'Tarn')).toBe('AID');
  });

  it.each([
    ['political support', 'Velan pledged its political support for Tarn on Monday.'],
    ['support with no kind', 'Velan voiced support for Tarn.'],
  ])('%s stays SUPPORT', (_name, text) => {
    expect(coded(text, 'Velan', 'Tarn')).toBe('SUPPORT');
  });

  it('a suspect handed over is judicial cooperation, no aid', () => {
    expect(coded('Velan handed over the suspect to Tarn.', 'Velan', 'Tarn')).toBe('COOPERATE');
  });

  it('access granted is no grant of money', () => {
    expect(coded('Velan granted Tarn access to the port.', 'Velan', 'Tarn')).toBe('RETREAT');
  });
});

describe('a payment', () => {
  it.each([
    ['to settle charges', 'Velan had to pay Tarn $250m to settle charges.'],
    ['for a flight', 'Velan paid for Tarn to fly home from a holiday.'],
  ])('%s is no aid', (_name, text) => {
    expect(coded(text, 'Velan', 'Tarn')).not.toBe('AID');
  });
});
