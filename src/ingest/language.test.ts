import { describe, expect, it } from 'vitest';
import { englishShare, looksEnglish } from './language.js';

// Invented sentences in each language.
const ENGLISH = 'The harbour council has postponed a decision on its new ferry contract after the bids came in far above budget. "We cannot sign something we cannot pay for," the council leader said on Tuesday, and the opposition said the delay would leave the island without a timetable.';
const GERMAN = 'Der Hafenrat hat eine Entscheidung über den neuen Fährvertrag verschoben, nachdem die Angebote weit über dem Budget lagen. Wir können nichts unterschreiben, was wir nicht bezahlen können, sagte die Ratsvorsitzende am Dienstag, und die Opposition kritisierte die Verzögerung scharf.';
const FRENCH = "Le conseil du port a reporté sa décision sur le nouveau contrat de ferry après des offres bien supérieures au budget. Nous ne pouvons pas signer ce que nous ne pouvons pas payer, a déclaré mardi la présidente du conseil, tandis que l'opposition dénonçait un retard de plus.";
const GREEK = 'Το λιμενικό συμβούλιο ανέβαλε την απόφαση για τη νέα σύμβαση πορθμείου μετά τις προσφορές.';

describe('looksEnglish', () => {
  it('tells English from other languages in Latin letters and from other scripts', () => {
    expect(looksEnglish(ENGLISH)).toBe(true);
    expect(looksEnglish(GERMAN)).toBe(false);
    expect(looksEnglish(FRENCH)).toBe(false);
    expect(looksEnglish(GREEK)).toBe(false);
  });

  it('gives short texts the benefit of the doubt', () => {
    expect(looksEnglish('Kelmouth Ferry Ltd: Q3 results')).toBe(true);
    expect(looksEnglish('')).toBe(true);
  });

  it('measures the share of function words', () => {
    const { share, words } = englishShare(ENGLISH);
    expect(words).toBeGreaterThan(40);
    expect(share).toBeGreaterThan(0.3);
    expect(englishShare(GERMAN).share).toBeLessThan(0.1);
  });
});
