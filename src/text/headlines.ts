/** Where a capital letter does not mark a name: title-case headlines, and words that open a clause. */
import type { Token } from '../doc/document.js';
import { wordList } from '../lexicon/word-lists.js';

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a word is written in title case: a capital, then a small letter ("Without", not "without" or "TO"). */
export function isTitleCase(text: string, t: Token): boolean {
  const second = text.charCodeAt(t.start + 1);
  return isUpper(text.charCodeAt(t.start)) && second >= 97 && second <= 122;
}

const HEADLINE_WORDS = 4;
const HEADLINE_SHARE = 0.7;

/**
 * Words that title case leaves in lower case ("Man of the Year", "Back to the Future"). A sentence with
 * any other word in lower case is not in title case, however many names it lists ("Their singles
 * include Crashed The Wedding, You Said No, and Who's David?").
 */
const TITLE_CASE_LOWER = wordList([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'v', 'with', 'from', 'into', 'over',
]);

/** The second half of a contraction, a token of its own: "n't" of "Don't". */
const CONTRACTED: ReadonlySet<string> = new Set(["n't", 'n’t']);

/**
 * The headlines of each document's tokens, found once: the cue finder and the name finder both ask
 * (a document's tokens are not changed once made).
 */
const FOUND = new WeakMap<readonly Token[], ReadonlySet<number>>();

/** Sentences written in title case ("Sanders Says He Will Stay"), where verbs are capitalised too. */
export function headlineSentences(text: string, tokens: readonly Token[]): ReadonlySet<number> {
  let headlines = FOUND.get(tokens);
  if (headlines === undefined) {
    headlines = findHeadlines(text, tokens);
    FOUND.set(tokens, headlines);
  }
  return headlines;
}

function findHeadlines(text: string, tokens: readonly Token[]): Set<number> {
  const headlines = new Set<number>();
  // Tokens come sentence by sentence: count the words of each, and how many are capitalised.
  let sentence = -1;
  let all = 0;
  let upper = 0;
  let prose = false;
  const close = (): void => {
    if (!prose && all >= HEADLINE_WORDS && upper / all >= HEADLINE_SHARE) headlines.add(sentence);
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
      prose = false;
    }
    all++;
    if (capital) upper++;
    // A lower-case word of three letters or more that title case would capitalise ("beat", "met"): prose.
    // (The word opens with a-z here: other tokens were skipped above.)
    // ("Don't" ends in "n't", which title case leaves as it is.)
    else if (t.end - t.start > 2 && (t.lists & TITLE_CASE_LOWER) === 0 && !CONTRACTED.has(t.lower)) prose = true;
  }
  close();
  return headlines;
}

/** Marks after which a capitalised word opens a clause (a colon, a quote mark, a bracket, a dash). */
export const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set([':', '"', '“', '‘', "'", '(', '—', '-', '–']);
