/**
 * A fixed list of words, looked up by a hash we compute over the word's UTF-16 code units (FNV-1a)
 * in an open-addressing table. The table is three typed arrays, so it can be built once (at build
 * time) and loaded from bytes without making a string or a Map entry per word; a lookup hashes the
 * query and compares code units in place.
 */

/** The typed arrays of a table. */
export interface WordTableParts {
  /** Open-addressing slots (a power of two): a word's index, or -1. */
  slots: Int32Array;
  /** Where each word's code units start in `chars`; the last entry is the end of the last word. */
  offsets: Uint32Array;
  /** Every word's UTF-16 code units, one after another. */
  chars: Uint16Array;
}

/** FNV-1a over a word's UTF-16 code units. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Builds the table of a list of words; a word listed twice keeps its first index. */
export function buildWordTable(words: readonly string[]): WordTableParts {
  let size = 1024;
  while (size < words.length * 2) size *= 2;
  const offsets = new Uint32Array(words.length + 1);
  let total = 0;
  words.forEach((word, i) => {
    offsets[i] = total;
    total += word.length;
  });
  offsets[words.length] = total;
  const chars = new Uint16Array(total);
  words.forEach((word, i) => {
    for (let k = 0; k < word.length; k++) chars[(offsets[i] as number) + k] = word.charCodeAt(k);
  });
  const slots = new Int32Array(size).fill(-1);
  const table = new WordTable({ slots, offsets, chars });
  words.forEach((word, i) => {
    if (table.indexOf(word) >= 0) return;
    let slot = hashWord(word) & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = i;
  });
  return { slots, offsets, chars };
}

/** Looks words up in a table's parts. */
export class WordTable {
  readonly #slots: Int32Array;
  readonly #offsets: Uint32Array;
  readonly #chars: Uint16Array;
  readonly #mask: number;

  constructor(parts: WordTableParts) {
    const size = parts.slots.length;
    if (size === 0 || (size & (size - 1)) !== 0) throw new Error(`WordTable: ${size} slots is not a power of two`);
    this.#slots = parts.slots;
    this.#offsets = parts.offsets;
    this.#chars = parts.chars;
    this.#mask = size - 1;
  }

  /** The number of words in the table. */
  get size(): number {
    return this.#offsets.length - 1;
  }

  /** The index of `word` in the list the table was built from, or -1. */
  indexOf(word: string): number {
    const slots = this.#slots;
    let slot = hashWord(word) & this.#mask;
    for (let i = slots[slot] as number; i !== -1; i = slots[slot] as number) {
      if (this.#spells(i, word)) return i;
      slot = (slot + 1) & this.#mask;
    }
    return -1;
  }

  #spells(i: number, word: string): boolean {
    const start = this.#offsets[i] as number;
    if ((this.#offsets[i + 1] as number) - start !== word.length) return false;
    const chars = this.#chars;
    for (let k = 0; k < word.length; k++) if (chars[start + k] !== word.charCodeAt(k)) return false;
    return true;
  }
}
