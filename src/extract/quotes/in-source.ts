/**
 * Findings attributed to a poll or a report by "in": "In a poll released Monday, 40 percent chose
 * Clinton", "Clinton led by five points in the latest survey." The phrase after "in" is the source;
 * the clause after it (when it opens the sentence) or before it (when it ends the sentence) is the content.
 */
import type { Cue, Doc, Mention, Span, Token } from '../../doc/document.js';
import { SOURCE_NOUNS } from '../../lexicon/cues.js';
import { mentionFrom } from '../speakers/noun-phrase.js';
import { SENTENCE_END, contentSpan, isComma, sentenceFirst, sentenceLast } from './content.js';

/** The lemma of the cue "in" when it introduces a source. */
export const IN_SOURCE = 'in';
const MAX_SOURCE = 14;
const OPENERS = new Set(['and', 'but', 'yet', 'so', 'meanwhile', 'also']);

const MAX_HEAD = 6;

/**
 * Where the phrase after "in" at token k ends (the token before a comma or the sentence end), or -1
 * when no poll or report noun heads it within its first words.
 */
function phraseEnd(tokens: readonly Token[], k: number): number {
  return sourcePhrase(tokens, k)?.end ?? -1;
}

function sourcePhrase(tokens: readonly Token[], k: number): { end: number; noun: Token } | null {
  const sentence = (tokens[k] as Token).sentence;
  let noun: Token | null = null;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_SOURCE; j++) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || isComma(t) || SENTENCE_END.has(t.lower) || t.lower === ';') return noun && j > k + 1 ? { end: j - 1, noun } : null;
    if (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower)) return null;
    if (!noun && j - k <= MAX_HEAD && SOURCE_NOUNS.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) noun = t;
  }
  return null;
}

/** "the latest poll", "a Fox survey": one named source, not a standing in "the polls". */
function isOneSource(tokens: readonly Token[], k: number, noun: Token): boolean {
  const opener = tokens[k + 1];
  const determined = opener !== undefined && (opener.pos === 'DET' || opener.pos === 'PROPN' || opener.pos === 'PRON');
  return determined && !noun.lower.endsWith('s');
}

/** The "in" cues of a document: "in" before a phrase headed by a poll or report noun. */
export function inSourceCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  tokens.forEach((t, i) => {
    if (t.lower !== IN_SOURCE || phraseEnd(tokens, i) === -1) return;
    cues.push({ start: t.start, end: t.end, lemma: IN_SOURCE, kind: 'finding', directOnly: false, token: i, lastToken: i });
  });
  return cues;
}

/** The finding an "in" cue attributes, with its source, or null when it stands mid-clause. */
export function reportedInSource(doc: Doc, cue: Cue): { spans: Span[]; speaker: Mention } | null {
  const tokens = doc.tokens;
  const end = phraseEnd(tokens, cue.token);
  if (end === -1) return null;
  const speaker = mentionFrom(doc, { first: cue.token + 1, last: end });
  const first = sentenceFirst(doc, cue.token);
  const last = sentenceLast(doc, cue.token);
  const opening = cue.token === first || (cue.token === first + 1 && OPENERS.has(tokens[first]?.lower ?? ''));
  if (opening) {
    if (!isComma(tokens[end + 1])) return null;
    const tail = contentSpan(doc, end + 2, last);
    return tail ? { spans: [tail], speaker } : null;
  }
  // "…, in the latest poll." or "… in the latest poll.": the phrase ends the sentence.
  const phrase = sourcePhrase(tokens, cue.token);
  if (!phrase || !isOneSource(tokens, cue.token, phrase.noun)) return null;
  const after = tokens[end + 1];
  if (!after || !SENTENCE_END.has(after.lower) || end + 1 !== last) return null;
  const head = contentSpan(doc, first, isComma(tokens[cue.token - 1]) ? cue.token - 2 : cue.token - 1);
  return head ? { spans: [head], speaker } : null;
}
