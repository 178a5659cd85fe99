/**
 * Word lists that stages test every token against, kept as bits of one number per word: the
 * tagger finds each token's lists with the lookup it makes anyway (`Token.lists`), and a stage then
 * tests a bit where it would look the word up in its own list again. The bits of a word of the
 * part-of-speech vocabulary are kept by its index there, the others (rare) by the word.
 * A list is made when its module loads, before any token is made; making one later is a
 * programming error, and throws.
 */
import { vocabularySize, wordIndex } from './pos.js';

const BY_INDEX = new Int32Array(vocabularySize());
const OTHERS = new Map<string, number>();
let made = 0;
let read = false;

/** The most lists there can be: the bits of a 32-bit number, less the sign. */
const MAX_LISTS = 31;

/** Makes a list of lower-case words, and returns the bit that marks them. */
export function wordList(words: Iterable<string>): number {
  if (read) throw new Error('wordList: a list must be made when its module loads, before any token is read');
  if (made >= MAX_LISTS) throw new Error(`wordList: no more than ${MAX_LISTS} lists`);
  const bit = 1 << made;
  made += 1;
  for (const word of words) {
    const index = wordIndex(word);
    if (index >= 0) BY_INDEX[index] = (BY_INDEX[index] as number) | bit;
    else OTHERS.set(word, (OTHERS.get(word) ?? 0) | bit);
  }
  return bit;
}

/** The lists of the vocabulary's word at an index (from wordIndex), as bits. */
export function listsAt(index: number): number {
  read = true;
  return BY_INDEX[index] as number;
}

/** The lists of a lower-case word that is not in the vocabulary, as bits. */
export function listsOfUnknown(lower: string): number {
  read = true;
  return OTHERS.size === 0 ? 0 : (OTHERS.get(lower) ?? 0);
}

/** The lists a lower-case word is in, as bits (0 for a word in none). */
export function listsOf(lower: string): number {
  const index = wordIndex(lower);
  return index >= 0 ? listsAt(index) : listsOfUnknown(lower);
}
