/**
 * Surnames that are the name of a month or a day ("Theresa May", "Mrs May", "Mike Friday"), and where
 * the article uses them again alone as the person's name ("May said", "May's deal"), not as a date
 * ("in May", "last May", "May 5", "the May elections").
 */
import type { Token } from '../doc/document.js';
import { givenName } from '../lexicon/names.js';
import { HONORIFICS, TIME_WORDS } from '../lexicon/words.js';
import { isTitleCase } from './headlines.js';

// Words before a month's name that make it a date ("in May", "last May", "the May elections", "5 May").
const DATE_BEFORE: ReadonlySet<string> = new Set(['ADP', 'DET', 'NUM', 'ADJ']);

/** Whether a word may stand before a surname: a given name or a title ("Theresa", "Mrs"). */
function beforeSurname(word: string): boolean {
  return givenName(word) !== undefined || HONORIFICS.has(word);
}

/** Whether token `k`, a month's or day's name in title case, follows a given name or a title ("Theresa May", "Mrs May"). */
function afterGivenName(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.sentence === tokens[k]?.sentence && isTitleCase(text, before) && beforeSurname(before.lower);
}

/**
 * The tokens that are a person's surname though a month's or day's name: after a given name or a title,
 * and, once the article has named someone so, alone where a name stands — not after a preposition, a
 * determiner, a number or an adjective, and not before a number.
 */
export function monthSurnames(text: string, tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  let surnames: Set<string> | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!TIME_WORDS.has(t.lower) || !isTitleCase(text, t) || !afterGivenName(text, tokens, k)) continue;
    (surnames ??= new Set()).add(t.lower);
    out.add(t);
  }
  if (surnames === undefined) return out;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!surnames.has(t.lower) || out.has(t) || !isTitleCase(text, t)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if ((before !== undefined && before.sentence === t.sentence && DATE_BEFORE.has(before.pos)) || after?.pos === 'NUM') continue;
    out.add(t);
  }
  return out;
}

/**
 * Whether token `k` is a month's or day's name that is a surname after a given name or a title ("Mrs
 * May said", "said Theresa May"), which the proper-nouns stage tagged a name: read locally, where a
 * later stage asks whether a word is a time word or the modal "may".
 */
export function isMonthSurname(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return t !== undefined && t.pos === 'PROPN' && TIME_WORDS.has(t.lower) && before?.pos === 'PROPN' && before.sentence === t.sentence && beforeSurname(before.lower);
}

/** Whether token `k` is a time word used as one ("on Monday", "Yesterday"), not a surname ("Mrs May"). */
export function isTimeWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && TIME_WORDS.has(t.lower) && !isMonthSurname(tokens, k);
}
