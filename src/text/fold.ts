/** Folding of names for matching: without diacritics, with one apostrophe and one dash. */
import { HONORIFICS } from '../lexicon/words.js';

/**
 * Whether a text is plain: printable ASCII, words apart by single spaces, none at the end (a space
 * may open it). A loop over the characters: fold runs on every name of every article, and a
 * regular expression here cost more than the rest of the fold.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      const next = text.charCodeAt(i + 1);
      if (!(next > 32 && next < 127)) return false;
    } else if (!(code > 32 && code < 127)) return false;
  }
  return true;
}

// Letters that Unicode decomposition does not split into a base letter and a mark.
const FOLD: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ı: 'i',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', þ: 'th', Þ: 'Th',
};

/** Removes diacritics, unifies apostrophes and dashes, collapses spaces; keeps case ("Lech Wałęsa" → "Lech Walesa"). */
export function fold(text: string): string {
  // Most names are plain ASCII: nothing to fold, but a space that opens them.
  if (isPlain(text)) return text.charCodeAt(0) === 32 ? text.slice(1) : text;
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØđĐðÐıæÆœŒßþÞ]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a name, lower-cased, folded, without punctuation or honorifics ("Mr. José Sócrates" →
 * ["jose", "socrates"]). An honorific stands before a name, so a word in full that ends a name is no
 * honorific ("John Major"; "Hong Kong Gov." ends with one), nor is its only word when an honorific stands
 * before the name (`titled`: "Major" of "Mr Major").
 */
export function nameWords(name: string, titled = false): string[] {
  // A folded text has no white space but single spaces, so words end at a space, a full stop or a comma.
  const folded = fold(name).toLowerCase();
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 32;
    if (code !== 32 && code !== 46 && code !== 44) continue;
    if (i > start) {
      const word = folded.slice(start, i);
      if (!HONORIFICS.has(word) || (i === folded.length && word.length > 3 && (titled || words.length > 0))) words.push(word);
    }
    start = i + 1;
  }
  return words;
}

/** Key for names matched regardless of case, diacritics and a leading "the" ("the Élysée" → "elysee"). */
export function looseKey(text: string): string {
  const key = fold(text).toLowerCase();
  return key.startsWith('the ') ? key.slice(4) : key;
}
