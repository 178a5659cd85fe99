/**
 * The part-of-speech lexicon: for each word of the vocabulary, its usual tag and the other tags it
 * can take. Generated at build time from wink-nlp's English model by scripts/pos-lexicon.ts (see
 * there); `npm run build` writes it to ./generated/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The generated file (scripts/pos-lexicon.ts writes it). */
export interface PosLexiconFile {
  about: string;
  /** Tag classes: the usual tag first, then the others allowed, space-separated ("NOUN VERB"). */
  classes: string[];
  /** Words, exactly as the model spells them (case matters: "US", "May"). */
  words: string[];
  /** For each word, the index of its class. */
  wordClasses: number[];
}

/** A word's tags: the usual one, and every tag it can take (the usual one included). */
export interface WordTags {
  usual: string;
  allowed: ReadonlySet<string>;
}

function load(): Map<string, WordTags> {
  const path = fileURLToPath(new URL('./generated/pos-lexicon.json', import.meta.url));
  if (!existsSync(path)) throw new Error(`onrecord: the part-of-speech lexicon ${path} is missing; run \`npm run build\``);
  const file = JSON.parse(readFileSync(path, 'utf8')) as PosLexiconFile;
  const classes = file.classes.map((tagClass): WordTags => {
    const tags = tagClass.split(' ');
    return { usual: tags[0] ?? 'X', allowed: new Set(tags) };
  });
  const lexicon = new Map<string, WordTags>();
  file.words.forEach((word, i) => {
    const tags = classes[file.wordClasses[i] ?? -1];
    if (tags) lexicon.set(word, tags);
  });
  return lexicon;
}

const LEXICON = load();

/** The tags of a word spelled exactly so ("US" and "us" differ), or undefined for a word not in the vocabulary. */
export function wordTags(word: string): WordTags | undefined {
  return LEXICON.get(word);
}
