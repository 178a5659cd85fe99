/**
 * Nouns that report a clause through "that": "Trump's claim that the vote was rigged", "her
 * statement that she would stay", "fears that the plant will close", and questions: "questions about
 * whether the deal was legal". The clause after "that", or the question, is the content; a possessor
 * before the noun ("Trump's", "her") or the subject of the verb it follows speaks, else none is named.
 */
import { POSSESSIVE_S } from '../../lexicon/words.js';
import type { Cue, Doc, Mention, Span, Token } from '../../doc/document.js';
import { NOUN_CUES } from '../../lexicon/cues.js';
import { wordList } from '../../lexicon/word-lists.js';
import { mentionFrom, phraseEndingAt, POSSESSIVE_PRONOUNS } from '../speakers/noun-phrase.js';
import { speakerEndingAt } from './attach.js';
import { contentSpan, isComma, sentenceFirst, sentenceLast, skipPhrase } from './content.js';

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

const QUESTION_NOUNS = wordList(['question', 'questions']);
// The nouns of NOUN_CUES: most tokens are ruled out by one bit.
const NOUN_CUE_WORDS = wordList(NOUN_CUES.keys());
const QUESTION_LINKS = new Set(['about', 'of', 'over', 'on']);
const WH_WORDS = new Set(['whether', 'if', 'how', 'what', 'why', 'who', 'when', 'where', 'which']);

/** "questions about whether …", "the question of how …": the token that opens the question asked, or -1. */
function questionAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if ((t.lists & QUESTION_NOUNS) === 0 || t.pos !== 'NOUN') return -1;
  let k = i + 1;
  if (QUESTION_LINKS.has(tokens[k]?.lower ?? '')) k++;
  else if (tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'to') k += 2;
  const wh = tokens[k];
  return wh !== undefined && wh.sentence === t.sentence && WH_WORDS.has(wh.lower) ? k : -1;
}

/** The noun cues of a document: a listed noun right before "that" and a clause, and questions about whether … */
export function nounCues(doc: Doc): Cue[] {
  const tokens = doc.tokens;
  const cues: Cue[] = [];
  tokens.forEach((t, i) => {
    if (questionAt(tokens, i) !== -1) {
      cues.push({ start: t.start, end: t.end, lemma: t.lower, kind: 'speech', directOnly: false, token: i, lastToken: i });
      return;
    }
    const kind = (t.lists & NOUN_CUE_WORDS) === 0 ? undefined : NOUN_CUES.get(t.lower);
    if (kind === undefined || t.pos !== 'NOUN' || tokens[i + 1]?.lower !== 'that') return;
    if (tokens[i + 1]?.sentence !== t.sentence || !appositiveClause(tokens, doc, i + 2)) return;
    cues.push({ start: t.start, end: t.end, lemma: t.lower, kind, directOnly: false, token: i, lastToken: i });
  });
  return cues;
}

/** Whether a cue is a noun cue. */
export function isNounCue(doc: Doc, cue: Cue): boolean {
  if (cue.token !== cue.lastToken || doc.tokens[cue.token]?.pos !== 'NOUN') return false;
  return (NOUN_CUES.has(cue.lemma) && doc.tokens[cue.token + 1]?.lower === 'that') || questionAt(doc.tokens, cue.token) !== -1;
}

/** The possessor before a noun cue: "Trump's (false) claim", "her statement". */
function possessor(doc: Doc, cue: Cue): Mention | null {
  const tokens = doc.tokens;
  let k = cue.token - 1;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'ADV') k--;
  const t = tokens[k];
  if (!t) return null;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) return mentionFrom(doc, { first: k, last: k });
  if (!POSSESSIVE_S.has(t.lower)) return null;
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
  const question = questionAt(doc.tokens, cue.token);
  const last = sentenceLast(doc, cue.token);
  // A question ends at the clause break ("questions about whether it worked, and …").
  let end = last;
  for (let k = question; question !== -1 && k < last; k++) {
    if (isComma(doc.tokens[k])) {
      end = k - 1;
      break;
    }
  }
  const span = contentSpan(doc, question === -1 ? cue.token + 1 : question, end);
  return span ? { spans: [span], speaker: possessor(doc, cue) ?? subjectOfVerb(doc, cue) } : null;
}
