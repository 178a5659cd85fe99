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
 * The index of a word spelled exactly so in the vocabulary, or -1. Looked up in the table itself: a Map
 * of the words already seen in front of it (V8 hashing each word in its own code) ran fewer
 * instructions but took more CPU time (its entries, likely, missing the processor's caches)
 * (BBC corpus, a warm pass in one process, 4 of 4 runs taken in turn: 1.96–2.04 s against 2.14–2.34 s).
 */
export function wordIndex(word: string): number {
  return LEXICON.table.indexOf(word);
}

/** The tags of the vocabulary's word at an index (from wordIndex). */
export function tagsAt(index: number): WordTags {
  return LEXICON.tags[LEXICON.wordClasses[index] as number] as WordTags;
}

/** The number of words in the vocabulary: every index is below it. */
export function vocabularySize(): number {
  return LEXICON.wordClasses.length;
}
