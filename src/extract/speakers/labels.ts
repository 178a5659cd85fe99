/**
 * The labels of a transcript's turns: "Q:" and "A:" (or "Question:", "Interviewer:" …) opening a line.
 * They name no one: a question's asker stays unknown, an answer is the interviewee's. Such a label is
 * no name of the story (no entity "Q"), and its turn is read by the narrator (narrator.ts).
 */
import type { Doc, Token } from '../../doc/document.js';
import narration from '../../lexicon/narration.json' with { type: 'json' };

const NEWLINE = 10;
const ASKING: ReadonlySet<string> = new Set(narration.askingLabels);
const ANSWERING: ReadonlySet<string> = new Set(narration.answeringLabels);

/** Whether a line break stands between token `k` and the token before it (or `k` opens the text). */
export function opensLine(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  if (prev === undefined) return true;
  // Only the gap between the two tokens is read: a search from one of them could run the whole text.
  for (let at = (doc.tokens[k] as Token).start - 1; at >= prev.end; at--) if (doc.text.charCodeAt(at) === NEWLINE) return true;
  return false;
}

/** The kind of turn an anonymous label at token `k` opens, or null when none stands there. */
export function turnLabel(doc: Doc, k: number): 'question' | 'answer' | null {
  const t = doc.tokens[k];
  if (t === undefined || doc.tokens[k + 1]?.lower !== ':' || !opensLine(doc, k)) return null;
  return ASKING.has(t.lower) ? 'question' : ANSWERING.has(t.lower) ? 'answer' : null;
}
