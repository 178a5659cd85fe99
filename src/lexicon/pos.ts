/**
 * The part-of-speech lexicon: for each word of the vocabulary, its usual tag and the other tags it
 * can take. Generated at build time from wink-nlp's English model by scripts/pos-lexicon.ts (see
 * there); `npm run build` writes it to ./generated/ in the format of pos-file.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodePosLexicon } from './pos-file.js';
import type { WordTable } from './word-table.js';

/** A word's tags: the usual one, and every tag it can take (the usual one included). */
export interface WordTags {
  usual: string;
  allowed: ReadonlySet<string>;
}

interface Lexicon {
  table: WordTable;
  /** For each word of the table, the index of its entry in `tags`. */
  wordClasses: Uint8Array;
  tags: WordTags[];
}

/**
 * The Universal Dependencies tags, written here: a tag read from the file is replaced by its twin
 * from this list, so every token's tag is one of these strings, and the stages' many comparisons
 * (`pos === 'VERB'`) compare two references, not two strings' letters.
 */
const UD_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;

function sharedTag(tag: string): string {
  return UD_TAGS.find((t) => t === tag) ?? tag;
}

function load(): Lexicon {
  const path = fileURLToPath(new URL('./generated/pos-lexicon.bin', import.meta.url));
  if (!existsSync(path)) throw new Error(`onrecord: the part-of-speech lexicon ${path} is missing; run \`npm run build\``);
  const file = decodePosLexicon(readFileSync(path));
  const tags = file.classes.map((tagClass): WordTags => {
    const list = tagClass.split(' ').map(sharedTag);
    return { usual: list[0] ?? 'X', allowed: new Set(list) };
  });
  return { table: file.table, wordClasses: file.wordClasses, tags };
}

const LEXICON = load();

/** The tags of a word spelled exactly so ("US" and "us" differ), or undefined for a word not in the vocabulary. */
export function wordTags(word: string): WordTags | undefined {
  const i = wordIndex(word);
  return i < 0 ? undefined : tagsAt(i);
}

/**
 * The words looked up so far, with their index. A Map hashes a word in V8's own code, and keeps the
 * hash on the string, which every later Set or Map of a stage then finds made; our table's hash is
 * computed in JavaScript, a few times slower, for each lookup. Only short words are kept: a longer
 * word may be a slice that holds its whole text alive. The map is emptied when full, so a text of
 * ever new words does not grow it without bound.
 */
const SEEN = new Map<string, number>();
const SEEN_LIMIT = 1 << 17;
const SEEN_LENGTH = 12;

/** The index of a word spelled exactly so in the vocabulary, or -1. */
export function wordIndex(word: string): number {
  if (word.length > SEEN_LENGTH) return LEXICON.table.indexOf(word);
  let index = SEEN.get(word);
  if (index === undefined) {
    if (SEEN.size >= SEEN_LIMIT) SEEN.clear();
    index = LEXICON.table.indexOf(word);
    SEEN.set(word, index);
  }
  return index;
}

/** The tags of the vocabulary's word at an index (from wordIndex). */
export function tagsAt(index: number): WordTags {
  return LEXICON.tags[LEXICON.wordClasses[index] as number] as WordTags;
}

/** The number of words in the vocabulary: every index is below it. */
export function vocabularySize(): number {
  return LEXICON.wordClasses.length;
}
