/** A cheap check that an article is English: the share of its words that are common English function words. */
import stopwords from '../lexicon/stopwords.json' with { type: 'json' };

const ENGLISH: ReadonlySet<string> = new Set(stopwords.english);

/** Words looked at: the start of an article tells its language. */
const SAMPLE_CHARS = 3000;
/** Fewer words than this say nothing either way. */
const MIN_WORDS = 20;
/** English prose runs at 35–50% function words; other languages written in Latin letters at a few percent. */
export const ENGLISH_MIN_SHARE = 0.15;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[a-zA-Z\p{L}]+(?:['’][a-zA-Z\p{L}]+)?/gu;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Letters and Latin letters among the code points of `text`, in one pass: ASCII letters are
// counted at once, other characters (rare in English) are asked of Unicode.
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiLetter(code)) {
      letters++;
      latin++;
    } else if (code >= 0x80) {
      const point = text.codePointAt(i) ?? code;
      const char = String.fromCodePoint(point);
      // A letter outside the Basic Multilingual Plane is two code units but one letter.
      if (point > 0xffff) i++;
      if (LETTER.test(char)) {
        letters++;
        if (LATIN.test(char)) latin++;
      }
    }
  }
  return { letters, latin };
}

/** The share of English function words among the first words of `text`, and how many words were counted. */
export function englishShare(text: string): { share: number; words: number; latin: number } {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(WORD) ?? [];
  const { letters, latin } = letterCounts(sample);
  let known = 0;
  for (const word of words) if (ENGLISH.has(word)) known++;
  return { share: words.length === 0 ? 0 : known / words.length, words: words.length, latin: letters === 0 ? 1 : latin / letters };
}

/**
 * False when the text is clearly not English: mostly letters of another script, or at least
 * twenty words with too few English function words among them. Short texts are given the benefit of the doubt.
 */
export function looksEnglish(text: string): boolean {
  const { share, words, latin } = englishShare(text);
  if (latin < 0.5 && words > 0) return false;
  return words < MIN_WORDS || share >= ENGLISH_MIN_SHARE;
}
