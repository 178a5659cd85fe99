/** Where a capital letter does not mark a name: title-case headlines, and words that open a clause. */
import type { Token } from '../doc/document.js';

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

const HEADLINE_WORDS = 4;
const HEADLINE_SHARE = 0.7;

/** Sentences written in title case ("Sanders Says He Will Stay"), where verbs are capitalised too. */
export function headlineSentences(text: string, tokens: readonly Token[]): Set<number> {
  const headlines = new Set<number>();
  // Tokens come sentence by sentence: count the words of each, and how many are capitalised.
  let sentence = -1;
  let all = 0;
  let upper = 0;
  const close = (): void => {
    if (all >= HEADLINE_WORDS && upper / all >= HEADLINE_SHARE) headlines.add(sentence);
  };
  for (const t of tokens) {
    const code = text.charCodeAt(t.start);
    const capital = isUpper(code);
    if (!capital && !(code >= 97 && code <= 122)) continue;
    if (t.sentence !== sentence) {
      close();
      sentence = t.sentence;
      all = 0;
      upper = 0;
    }
    all++;
    if (capital) upper++;
  }
  close();
  return headlines;
}

/** Marks after which a capitalised word opens a clause (a colon, a quote mark, a bracket, a dash). */
export const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set([':', '"', '“', '‘', "'", '(', '—', '-', '–']);
