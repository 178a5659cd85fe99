/** A cheap check that an article is English: the share of its words that are common English function words. */
import stopwords from '../lexicon/stopwords.json' with { type: 'json' };

const ENGLISH: ReadonlySet<string> = new Set(stopwords.english);

/** Words looked at: the start of an article tells its language. */
const SAMPLE_CHARS = 3000;
/** Fewer words than this say nothing either way. */
const MIN_WORDS = 20;
/** English prose runs at 35–50% function words; other languages written in Latin letters at a few percent. */
export const ENGLISH_MIN_SHARE = 0.15;

// The code points in all the matches of a global pattern.
function runLength(text: string, pattern: RegExp): number {
  let total = 0;
  for (const match of text.matchAll(pattern)) {
    const run = match[0];
    total += run.length;
    // A letter outside the Basic Multilingual Plane is two code units but one letter.
    for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 0xdc00 && run.charCodeAt(i) <= 0xdfff) total -= 1;
  }
  return total;
}

/** The share of English function words among the first words of `text`, and how many words were counted. */
export function englishShare(text: string): { share: number; words: number; latin: number } {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  // Counted by runs rather than letter by letter: one string per run, not one per letter.
  const letters = runLength(sample, /\p{L}+/gu);
  const latin = runLength(sample, /\p{Script=Latin}+/gu);
  const known = words.filter((word) => ENGLISH.has(word)).length;
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
