/**
 * Titles of works in quotation marks: a name that fills its quotation marks after a kind of work or a
 * verb that takes one ("starred in "Prisoner Cell Block H"", "the film "Sideways"", "her single "Said
 * No"") is the work's title — something other than a person, a place or an organisation.
 */
import type { Doc, Token } from '../../doc/document.js';
import works from '../../lexicon/works.json' with { type: 'json' };
import type { Named } from './organizations.js';
import { tokenBefore } from '../../text/token-index.js';

const WORK_NOUNS: ReadonlySet<string> = new Set(works.nouns);
const WORK_VERBS: ReadonlySet<string> = new Set(works.verbs);
const OPENING = new Set(['"', '“', "'", '‘', '``']);
const CLOSING = new Set(['"', '”', "'", '’', "''"]);
// What may stand between a verb and its work: "starred in", "appeared on", "sang at".
const LINKS = new Set(['in', 'on', 'at', 'for', 'as', 'to']);

/** Whether the token before the opening mark at `mark` introduces a work. */
function introducesWork(tokens: readonly Token[], mark: number): boolean {
  const before = tokenBefore(tokens, mark, 1);
  if (before === undefined) return false;
  if (WORK_NOUNS.has(before.lower) || WORK_VERBS.has(before.lower)) return true;
  return LINKS.has(before.lower) && WORK_VERBS.has(tokenBefore(tokens, mark, 2)?.lower ?? '');
}

/** Types as `other` the names that are titles of works in quotation marks. */
export function worksInQuotes(doc: Doc, names: readonly Named[]): void {
  const tokens = doc.tokens;
  for (const { mention, first, last } of names) {
    if (!OPENING.has(tokenBefore(tokens, first, 1)?.lower ?? '')) continue;
    // The name fills its marks, perhaps with a full stop or a comma before the closing one.
    const after = tokens[last + 1]?.pos === 'PUNCT' && !CLOSING.has(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
    if (!CLOSING.has(tokens[after]?.lower ?? '') || !introducesWork(tokens, first - 1)) continue;
    mention.type = 'other';
    mention.sure = true;
    mention.ref = null;
    mention.country = null;
  }
}
