/**
 * The labels of a transcript's turns: "Q:" and "A:" (or "Question:", "Interviewer:" …) opening a line.
 * They name no one: a question's asker stays unknown, an answer is the interviewee's. Such a label is
 * no name of the story (no entity "Q"), and its turn is read by the narrator (narrator.ts). An interview
 * printed without labels takes its turns from its lines: a line that ends in a question mark asks, and the
 * line after it answers.
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

/** An unlabelled turn of an interview: where its line starts, and whether it asks or answers. */
export interface Turn {
  at: number;
  kind: 'question' | 'answer';
}

/** How many asked-and-answered pairs of lines make a text an interview printed without labels. */
const MIN_EXCHANGES = 2;

/**
 * The turns of an interview printed as questions and answers without labels: a line outside quotation
 * marks that ends in a question mark asks, and the line after it, if it does not ask too, answers
 * ("What did you tell the board?" / "I told them the plant would stay open."). None unless the text holds
 * at least two such exchanges: one question on a line of its own is a heading, not an interview.
 */
export function unlabelledTurns(doc: Doc, quoted: (offset: number) => boolean): Turn[] {
  const tokens = doc.tokens;
  const lines: Array<{ at: number; asks: boolean }> = [];
  // A line ends where the next opens or the text ends: it asks when its last token is "?".
  for (let k = 0; k <= tokens.length; k++) {
    const next = tokens[k];
    if (next !== undefined && !opensLine(doc, k)) continue;
    const line = lines.at(-1);
    if (line !== undefined) line.asks = tokens[k - 1]?.lower === '?' && !quoted(line.at);
    if (next !== undefined) lines.push({ at: next.start, asks: false });
  }
  const turns: Turn[] = [];
  let exchanges = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { at: number; asks: boolean };
    if (line.asks) turns.push({ at: line.at, kind: 'question' });
    else if (lines[i - 1]?.asks === true) {
      turns.push({ at: line.at, kind: 'answer' });
      exchanges++;
    }
  }
  return exchanges >= MIN_EXCHANGES ? turns : [];
}
