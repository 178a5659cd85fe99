/**
 * Word lists that stages test every token against, kept as bits of one number per word: the
 * splitter looks each token's lower-cased word up once (`Token.lists`), and a stage then tests a bit
 * where it would look the word up in its own list again. A list is made when its module loads,
 * before any token is made; making one later is a programming error, and throws.
 */

const BITS = new Map<string, number>();
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
  for (const word of words) BITS.set(word, (BITS.get(word) ?? 0) | bit);
  return bit;
}

/** The lists a lower-case word is in, as bits (0 for a word in none). */
export function listsOf(lower: string): number {
  read = true;
  return BITS.get(lower) ?? 0;
}
