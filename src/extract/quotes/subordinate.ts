/**
 * A report opened by a subordinator at the head of its sentence is an adverbial clause: "While Mr Velk
 * said a merger would cost jobs, the mayor has raised concerns …", "As Ms Orr announced the date in a
 * statement, the firm Berg & Lund urged her …". What it reports ends where the main clause begins — at
 * the comma after which a subject and its verb come — not at the sentence's end.
 */
import type { Doc, Token } from '../../doc/document.js';
import { SUBORDINATORS } from '../../lexicon/words.js';
import { isComma, skipPhrase } from './content.js';

const DOUBLE_MARKS = new Set(['"', '“', '”']);
// Words that join a subject's phrases: "the mayor of Frankfurt", "Berg & Lund", "Ann and Tom".
const JOINERS = new Set(['of', 'for', '&', 'and']);

/** Whether a clause begins at token k: a noun phrase (joined phrases included), then its verb. */
function mainClauseAt(doc: Doc, k: number, last: number): boolean {
  let end = skipPhrase(doc, k, last);
  if (end === k) return false;
  for (let joins = 0; joins < 2 && JOINERS.has(doc.tokens[end]?.lower ?? ''); joins++) {
    const next = skipPhrase(doc, end + 1, last);
    if (next === end + 1) return false;
    end = next;
  }
  const verb = doc.tokens[end];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * The last token of what a report says, when the report opens its sentence under a subordinator
 * (`first` the sentence's first token, `speakerFirst` the speaker's, `start`..`last` the content so far).
 */
export function subordinateLast(doc: Doc, first: number, speakerFirst: number, start: number, last: number): number {
  const tokens = doc.tokens;
  if (speakerFirst - 1 !== first || !SUBORDINATORS.has(tokens[first]?.lower ?? '')) return last;
  // "As Velk argues in his book, prices will rise": an "as" with nothing said after its verb stands for
  // what is said, and that is the main clause.
  const opener = tokens[start];
  if (tokens[first]?.lower === 'as' && (opener === undefined || opener.pos === 'ADP' || opener.pos === 'PUNCT')) return last;
  let marks = 0;
  for (let k = start; k < last; k++) {
    const t = tokens[k] as Token;
    if (DOUBLE_MARKS.has(t.lower)) marks++;
    else if (marks % 2 === 0 && isComma(t) && mainClauseAt(doc, k + 1, last)) return k - 1;
  }
  return last;
}
