/**
 * Whether a lone name is addressed — a vocative, which only a person (or a pet a person talks to)
 * takes: the name is set off from its sentence by commas or the sentence's bounds, and the sentence
 * speaks to someone ("Are you coming, Tavi?", "Tavi, your tea") or closes a quotation with it ('"It
 * doesn't hurt, Gram," Ona says'); or the name is a sentence of its own that the next, spoken to
 * someone, follows ("Tavi. You're dripping.").
 */
import type { Doc, Token } from '../../doc/document.js';
import { CLOSING_MARKS } from '../quotes/content.js';
import { knownWords } from '../../text/02-tokens.js';
import { INTERJECTIONS } from '../../lexicon/words.js';

/** Words that speak to the one addressed. */
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'ya']);
/** What may close an addressed name: a comma or the end of its sentence. */
const AFTER: ReadonlySet<string> = new Set([',', '?', '!', '.']);

/** Whether the sentence of token `k` has a word of the second person. */
function spokenTo(tokens: readonly Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k; j >= 0 && (tokens[j] as Token).sentence === sentence; j--) if (SECOND_PERSON.has((tokens[j] as Token).lower)) return true;
  for (let j = k + 1; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) if (SECOND_PERSON.has((tokens[j] as Token).lower)) return true;
  return false;
}

/** Whether the one-token name at token `k` is addressed (see the file's comment). */
export function addressed(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const name = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (next === undefined || !AFTER.has(next.lower)) return false;
  const opens = prev === undefined || prev.sentence !== name.sentence;
  if (!opens && prev.lower !== ',') return false;
  // "A1, B2, C3", "the Clydesdales, Shires, that's …": a name in a list is one of the things listed.
  if ((!opens && tokens[k - 2]?.pos === 'PROPN') || (next.lower === ',' && tokens[k + 2]?.pos === 'PROPN')) return false;
  // "Um, so you know": a hesitation or a word of the dictionary opening a sentence is no call.
  if (opens && (INTERJECTIONS.has(name.lower) || knownWords([name.lower]).has(name.lower))) return false;
  // "Tavi. You're dripping.": a name alone, then a sentence spoken to someone.
  if (opens && next.lower === '.') {
    const after = tokens[k + 2];
    return after !== undefined && after.sentence !== name.sentence && SECOND_PERSON.has(after.lower);
  }
  // '"It doesn't hurt, Gram," Ona says': a name after a comma that closes a quotation.
  if (!opens && next.lower === ',' && CLOSING_MARKS.has(doc.text.charAt(next.end))) return true;
  return spokenTo(tokens, k);
}
