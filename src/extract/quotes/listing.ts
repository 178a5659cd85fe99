/**
 * A programme listing is no quotation: "- Anna Berg: Life on the Lake is being shown on BBC2 on Saturday
 * at 2005 GMT." names a programme before its colon and tells when it is shown, so the name is a title,
 * not a speaker, and the line reports nothing said.
 */
import type { Doc, Span, Token } from '../../doc/document.js';
import { tokensIn } from '../../text/token-index.js';
import works from '../../lexicon/works.json' with { type: 'json' };

const SHOWING: ReadonlySet<string> = new Set(works.showing);
const BE: ReadonlySet<string> = new Set(works.be);

/** Whether content says a work is shown: a form of "be" then a participle of showing ("is being shown", "will be broadcast"). */
export function announcesShowing(doc: Doc, span: Span): boolean {
  const range = tokensIn(doc.tokens, span);
  if (range === null) return false;
  for (let k = range.first + 1; k <= range.last; k++) {
    if (SHOWING.has((doc.tokens[k] as Token).lower) && BE.has(doc.tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}
