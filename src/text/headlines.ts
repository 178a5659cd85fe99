/** Where a capital letter does not mark a name: title-case headlines, and words that open a clause. */
import type { Token } from '../doc/document.js';

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

const HEADLINE_WORDS = 4;
const HEADLINE_SHARE = 0.7;

/** Sentences written in title case ("Sanders Says He Will Stay"), where verbs are capitalised too. */
export function headlineSentences(text: string, tokens: readonly Token[]): Set<number> {
  const words = new Map<number, [number, number]>();
  for (const t of tokens) {
    const code = text.charCodeAt(t.start);
    const upper = isUpper(code);
    if (!upper && !(code >= 97 && code <= 122)) continue;
    const count = words.get(t.sentence) ?? [0, 0];
    count[0]++;
    if (upper) count[1]++;
    words.set(t.sentence, count);
  }
  const headlines = new Set<number>();
  for (const [sentence, [all, upper]] of words) if (all >= HEADLINE_WORDS && upper / all >= HEADLINE_SHARE) headlines.add(sentence);
  return headlines;
}

/** Marks after which a capitalised word opens a clause (a colon, a quote mark, a bracket, a dash). */
export const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set([':', '"', '“', '‘', "'", '(', '—', '-', '–']);
