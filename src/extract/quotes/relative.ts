/**
 * Speakers that a relative clause separates from their cue: "People who have fought online threats
 * say …", "Voters who heard him, on television or at rallies, said …", and content that a relative
 * pronoun opens before the speaker: "a wall, which he said Mexico would pay for".
 */
import type { Cue, Doc, Mention, Token } from '../../doc/document.js';
import { mentionFrom, phraseEndingAt } from '../speakers/noun-phrase.js';
import { breakBefore, isComma } from './content.js';

/** Pronouns that open a relative clause before a speaker ("which he said", "that officials say"). */
const OBJECT_RELATIVES = new Set(['which', 'that', 'whom']);
/** Pronouns that open a relative clause describing the speaker ("people who …"). */
const SUBJECT_RELATIVES = new Set(['who', 'that']);
const MAX_RELATIVE = 30;
const STOPS = new Set(['.', '!', '?', ':', ';', '"', '“', '”']);
const INTRO_TAGS = new Set(['CCONJ', 'ADV', 'SCONJ']);

/** Whether the token before a speaker phrase starting at `k` is a relative pronoun ("which he said"). */
export function afterObjectRelative(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return prev !== undefined && OBJECT_RELATIVES.has(prev.lower) && prev.pos !== 'SCONJ';
}

/** Whether a phrase starting at token k can open a clause: at its start, after a break or a conjunction. */
function opensClause(doc: Doc, k: number, first: number): boolean {
  return k === first || breakBefore(doc, k) || INTRO_TAGS.has(doc.tokens[k - 1]?.pos ?? '');
}

/**
 * The subject of a cue that a restrictive relative clause describes: the phrase before "who" or
 * "that", when it opens the clause and nothing but the relative clause stands between it and the cue.
 */
export function relativeClauseSubject(doc: Doc, cue: Cue, first: number): { mention: Mention; first: number } | null {
  const tokens = doc.tokens;
  for (let r = cue.token - 2; r > first && cue.token - r <= MAX_RELATIVE; r--) {
    const t = tokens[r] as Token;
    if (STOPS.has(t.lower)) return null;
    if (!SUBJECT_RELATIVES.has(t.lower) || t.pos === 'SCONJ') continue;
    const end = isComma(tokens[r - 1]) ? r - 2 : r - 1;
    const phrase = phraseEndingAt(tokens, end);
    if (!phrase || !opensClause(doc, phrase.first, first)) return null;
    return { mention: mentionFrom(doc, phrase), first: phrase.first };
  }
  return null;
}
