/**
 * Stage: name mentions — runs of proper nouns ("Dutch Foreign Minister Anna Berg", "Ministry of
 * Defence", "the Kremlin") with their titles and appositions as descriptors. A first pass that the
 * entity issue deepens (countries, places, a knowledge base).
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { TIME_WORDS, TITLE_WORDS } from '../../lexicon/words.js';
import type { Stage } from '../../pipeline/stage.js';
import { mentionFrom, phraseEndingAt } from '../speakers/noun-phrase.js';

const CONNECTORS = new Set(['of', 'for', 'the']);

function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && /\p{Lu}/u.test(t.lower.toUpperCase()) && !TIME_WORDS.has(t.lower);
}

/** Descriptors from an apposition after a name: "Anna Berg, the Dutch foreign minister,". */
function appositionAfter(doc: Doc, k: number): string[] {
  const tokens = doc.tokens;
  if (tokens[k]?.lower !== ',' || tokens[k + 1]?.pos !== 'DET') return [];
  for (let j = k + 2; j < tokens.length && j - k < 10; j++) {
    const t = tokens[j] as Token;
    if (t.lower === ',' || t.lower === '.') {
      const range = phraseEndingAt(tokens, j - 1);
      if (!range) return [];
      const out: string[] = [];
      for (let i = range.first; i <= range.last; i++) {
        const w = tokens[i] as Token;
        if (w.pos === 'NOUN' || w.pos === 'ADJ' || TITLE_WORDS.has(w.lower)) out.push(w.lower);
      }
      return out;
    }
  }
  return [];
}

/** Finds the name mentions of a document. */
export function findNames(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i])) continue;
    let last = i;
    // "Ministry of Defence", "Bank of England": a connector joins two capitalised runs.
    for (;;) {
      while (isNameToken(tokens[last + 1]) && tokens[last + 1]?.sentence === tokens[i]?.sentence) last++;
      const link = tokens[last + 1];
      if (link && link.lower === 'of' && isNameToken(tokens[last + 2])) last += 2;
      else break;
    }
    const mention = mentionFrom(doc, { first: i, last }, appositionAfter(doc, last + 1));
    i = last;
    if (mention.kind !== 'name') continue;
    mentions.push(mention);
  }
  return mentions.filter((m) => !CONNECTORS.has(doc.slice(m).toLowerCase()));
}

/** Marks name mentions. */
export const namesStage: Stage = {
  name: 'names',
  reads: ['tokens'],
  writes: ['mentions'],
  run(doc: Doc) {
    doc.mentions = findNames(doc);
  },
};
