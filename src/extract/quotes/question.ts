/**
 * Questions reported by a passive verb of asking: "Asked whether the talks had failed, Berg said …",
 * "when asked by a reporter if that remains his view", "Asked about the vote, she said …". The
 * content is the question, up to the clause break; the speaker is the asker when "by" names one.
 */
import type { Cue, Doc, Mention, Token } from '../../doc/document.js';
import { QUESTION_CUES } from '../../lexicon/cues.js';
import { speakerStartingAt } from './attach.js';
import { SENTENCE_END, contentSpan, isComma, sentenceFirst, sentenceLast } from './content.js';

/** Words before "asked" that make it passive or a reduced clause ("when asked", "was asked"). */
const PASSIVE_OPENERS = new Set(['when', 'after', 'if', 'once', 'as', 'was', 'were', 'is', 'are', 'being', 'been', 'be']);
/** Words that open the question: an embedded question, its topic, or what was asked for. */
const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'how', 'why', 'who', 'whom', 'when', 'where', 'which', 'about', 'to']);

/** The question a passive "asked" reports, with the asker when named, or null when the form does not fit. */
export function reportedQuestion(doc: Doc, cue: Cue): { spans: [{ start: number; end: number }]; speaker: Mention | null } | null {
  const tokens = doc.tokens;
  // "asked about" is one cue: the topic follows it.
  const about = cue.lastToken === cue.token + 1 && tokens[cue.lastToken]?.lower === 'about';
  if (!QUESTION_CUES.has(cue.lemma.split(' ')[0] ?? '') || (cue.token !== cue.lastToken && !about)) return null;
  const verb = tokens[cue.token] as Token;
  if (!verb.lower.endsWith('ed')) return null;
  const first = sentenceFirst(doc, cue.token);
  const prev = tokens[cue.token - 1];
  const passive = cue.token === first || isComma(prev) || (prev !== undefined && PASSIVE_OPENERS.has(prev.lower));
  if (!passive) return null;
  let k = cue.lastToken + 1;
  let speaker: Mention | null = null;
  if (!about && tokens[k]?.lower === 'by') {
    const asker = speakerStartingAt(doc, k + 1);
    if (!asker) return null;
    speaker = asker.mention;
    k = asker.last + 1;
  }
  const opener = tokens[k];
  if (!about && (!opener || !QUESTION_OPENERS.has(opener.lower))) return null;
  if (opener?.lower === 'about') k++;
  const last = sentenceLast(doc, cue.token);
  let end = k;
  while (end < last && !isComma(tokens[end + 1]) && !SENTENCE_END.has(tokens[end + 1]?.lower ?? '')) end++;
  const span = contentSpan(doc, k, end, 2);
  return span ? { spans: [span], speaker } : null;
}
