/**
 * Nouns that report a clause through "that": "Trump's claim that the vote was rigged", "her
 * statement that she would stay", "fears that the plant will close". The clause after "that" is the
 * content; a possessor before the noun is the speaker ("Trump's", "her"), else none is named.
 */
import type { Cue, Doc, Mention, Span, Token } from '../../doc/document.js';
import { NOUN_CUES } from '../../lexicon/cues.js';
import { mentionFrom, phraseEndingAt, POSSESSIVE_PRONOUNS } from '../speakers/noun-phrase.js';
import { speakerEndingAt } from './attach.js';
import { contentSpan, isComma, sentenceFirst, sentenceLast, skipPhrase } from './content.js';

const POSSESSIVE = new Set(["'s", '’s']);
const MIN_CLAUSE = 4;
const ENDING_TAGS = new Set(['ADV', 'PUNCT', 'ADP']);

/** Whether a clause with a subject and a verb opens at token k ("the vote was rigged"), not a relative clause ("he made"). */
function appositiveClause(tokens: readonly Token[], doc: Doc, k: number): boolean {
  const last = sentenceLast(doc, k);
  if (last - k + 1 < MIN_CLAUSE) return false;
  const t = tokens[k];
  if (!t || t.pos === 'VERB' || t.pos === 'AUX') return false;
  const after = skipPhrase(doc, k, last);
  const verb = tokens[after];
  // The verb must take more after it: "that he made (often)" ends, "that the vote was rigged" goes on.
  const next = tokens[after + 1];
  return after > k && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && after + 1 < last && next !== undefined && !ENDING_TAGS.has(next.pos);
}

/** The noun cues of a document: a listed noun right before "that" and a clause. */
export function nounCues(doc: Doc): Cue[] {
  const tokens = doc.tokens;
  const cues: Cue[] = [];
  tokens.forEach((t, i) => {
    const kind = NOUN_CUES.get(t.lower);
    if (kind === undefined || t.pos !== 'NOUN' || tokens[i + 1]?.lower !== 'that') return;
    if (tokens[i + 1]?.sentence !== t.sentence || !appositiveClause(tokens, doc, i + 2)) return;
    cues.push({ start: t.start, end: t.end, lemma: t.lower, kind, directOnly: false, token: i, lastToken: i });
  });
  return cues;
}

/** Whether a cue is a noun cue. */
export function isNounCue(doc: Doc, cue: Cue): boolean {
  return cue.token === cue.lastToken && NOUN_CUES.has(cue.lemma) && doc.tokens[cue.token]?.pos === 'NOUN' && doc.tokens[cue.token + 1]?.lower === 'that';
}

/** The possessor before a noun cue: "Trump's (false) claim", "her statement". */
function possessor(doc: Doc, cue: Cue): Mention | null {
  const tokens = doc.tokens;
  let k = cue.token - 1;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV') k--;
  const t = tokens[k];
  if (!t) return null;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return mentionFrom(doc, { first: k, last: k });
  if (!POSSESSIVE.has(t.lower)) return null;
  const range = phraseEndingAt(tokens, k - 1);
  return range ? mentionFrom(doc, range) : null;
}

const MAX_OBJECT = 4;

/** "Berg made the claim that …": the subject of the verb whose object the noun heads. */
function subjectOfVerb(doc: Doc, cue: Cue): Mention | null {
  const tokens = doc.tokens;
  for (let k = cue.token - 1; k >= 0 && cue.token - k <= MAX_OBJECT; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB') {
      const subject = speakerEndingAt(doc, k - 1);
      return subject && (subject.first === sentenceFirst(doc, k) || isComma(tokens[subject.first - 1])) ? subject.mention : null;
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(t.lower))) return null;
  }
  return null;
}

/** The clause a noun cue reports, from "that" to the sentence end, with its possessor or its verb's subject as speaker. */
export function reportedByNoun(doc: Doc, cue: Cue): { spans: Span[]; speaker: Mention | null } | null {
  const span = contentSpan(doc, cue.token + 1, sentenceLast(doc, cue.token));
  return span ? { spans: [span], speaker: possessor(doc, cue) ?? subjectOfVerb(doc, cue) } : null;
}
