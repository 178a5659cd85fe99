/**
 * Stage: corrects part-of-speech tags of capitalised words. The tagger often takes an unknown name
 * for a verb or noun ("Cook said"); a capitalised word inside a sentence is a proper noun, and so is a
 * capitalised sentence opener directly followed by a verb; so is the second syllable of a given name
 * written in lower case after a hyphen ("Moon Jae-in"), and a surname that is a month's name ("May said").
 */
import type { Doc, Token } from '../doc/document.js';
import type { Stage } from '../pipeline/stage.js';
import { wordTags } from '../lexicon/pos.js';
import { isJoiningHyphen } from './split.js';
import { tokenBefore } from './token-index.js';
import { SUBORDINATORS } from '../lexicon/words.js';
import { EAST_ASIAN_SURNAMES } from '../lexicon/names.js';
import { placesByName } from '../lexicon/places.js';
import { monthSurnames } from './month-surnames.js';

// The tags the tagger may have given a name in error. Compared one by one, not asked of a Set: each
// token's tag is one of pos.ts's shared strings, and a comparison of two is one of references.
function retaggable(pos: string): boolean {
  return pos === 'NOUN' || pos === 'VERB' || pos === 'ADJ' || pos === 'ADV' || pos === 'X';
}
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves']);
const AFTER_OPENER = new Set([':', '"', '“', '‘', "'", '(', '—', '-']);
// "When Lleyton Hewitt shook his hand": a subordinator or question word opens a clause, never a name.
const OPENING_ADVERBS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'how', 'why', 'what', 'which', 'who', 'whom', 'whose']);

function capitalised(text: string, t: Token): boolean {
  const first = text.charCodeAt(t.start);
  const second = text.charCodeAt(t.start + 1);
  // "I" and all-capital words of one letter are not names.
  return first >= 65 && first <= 90 && t.end - t.start > 1 && !(second >= 65 && second <= 90 && t.end - t.start <= 1);
}

const MAX_SYLLABLE = 5;
/** The usual tags of a word that tells what a name is like, not who ("Blair-style", "Brown-led", "Bush-era"). */
function contentWord(word: string): boolean {
  const usual = wordTags(word)?.usual;
  return usual === 'VERB' || usual === 'ADJ' || usual === 'ADV' || (usual === 'NOUN' && word.length > 2);
}

/**
 * Whether token `i` is the second syllable of a given name, in lower case after a hyphen, that follows a
 * surname ("Moon Jae-in", "Lee Hsien-loong", "Kim Jong-un"): glued to a capitalised part that follows
 * another capitalised word; not an English word that makes the name a modifier ("Tony Blair-style
 * politics", "a Gordon Brown-led Treasury", "Las Vegas-style casinos"), nor a link in a longer compound
 * ("Denial-of-Service").
 */
function givenNameSyllable(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (i < 3 || t.end - t.start > MAX_SYLLABLE || !isJoiningHyphen(tokens, i - 1) || isJoiningHyphen(tokens, i + 1)) return false;
  for (let at = t.start; at < t.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 97 || code > 122) return false;
  }
  const given = tokens[i - 2];
  const surname = tokens[i - 3];
  if (given === undefined || surname === undefined || !capitalised(text, given) || !capitalised(text, surname) || surname.sentence !== t.sentence) return false;
  // "Ban Ki-moon", "Kim Il-sung", "Kim In-so": after a family name of East Asia, the syllables are the
  // given name's though each looks like an English word; not a place's name ("Hong Kong-based").
  if (EAST_ASIAN_SURNAMES.has(surname.lower) && given.end - given.start <= MAX_SYLLABLE && placesByName(`${surname.lower} ${given.lower}`).length === 0) return true;
  return given.pos === 'PROPN' && (surname.pos === 'PROPN' || retaggable(surname.pos)) && !contentWord(t.lower);
}

/** Retags capitalised words as proper nouns where the tagger missed them. */
export function retagProperNouns(text: string, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (givenNameSyllable(text, tokens, i)) {
      // The first syllable and the surname too, though one opens the sentence ("Moon Jae-in met …") or is a word ("Kim In-so").
      t.pos = 'PROPN';
      (tokens[i - 2] as Token).pos = 'PROPN';
      (tokens[i - 3] as Token).pos = 'PROPN';
      continue;
    }
    if (!retaggable(t.pos) || !capitalised(text, t)) continue;
    const prev = tokenBefore(tokens, i, 1);
    // A hyphen inside a word ("Hulme-Cross") opens nothing.
    const joined = prev !== undefined && prev.end === t.start && tokenBefore(tokens, i, 2)?.end === prev.start;
    const opener = !prev || prev.sentence !== t.sentence || (AFTER_OPENER.has(prev.lower) && !joined);
    if (!opener) {
      t.pos = 'PROPN';
    } else if ((t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'ADV') && !OPENING_ADVERBS.has(t.lower)) {
      // "Cook said", "Jolly said": an opener followed by a verb is its subject, and a name.
      const next = tokens[i + 1];
      // "Ford itself said": a reflexive pronoun may come between.
      const verb = next && REFLEXIVES.has(next.lower) ? tokens[i + 2] : next;
      if (verb && verb.sentence === t.sentence && (verb.pos === 'VERB' || verb.pos === 'AUX' || verb.pos === 'PROPN')) t.pos = 'PROPN';
    }
  }
  // "Theresa May … May said": a surname that is a month's name is a name wherever it stands as one.
  for (const t of monthSurnames(text, tokens)) t.pos = 'PROPN';
}

/** Corrects the tags of capitalised words. */
export const properNounsStage: Stage = {
  name: 'proper-nouns',
  reads: ['tokens'],
  writes: ['tokens'],
  run(doc: Doc) {
    retagProperNouns(doc.text, doc.tokens);
  },
};
