/**
 * Praise conceded before blame: in "called Labour 'a brilliant machine for talking about things' but
 * said it did not deliver", the praise is granted only to be taken back, and what follows "but"
 * carries the speaker's point (a concessive "but" with a denial after it). A reader codes the blame,
 * ACCUSE/disapprove, not SUPPORT; praise that no denial follows stays praise ("said Kerr was a decent
 * man but would be missed").
 */
import type { Doc, Event, Token } from '../../doc/document.js';
import { PRAISE_WORDS } from '../../lexicon/plover.js';
import { tokensIn } from '../../text/token-index.js';

/** How many words after the praise its "but" may stand ("a brilliant machine for talking about things" but). */
const BUT_REACH = 12;
/** How many words after "but" the denial may stand ("but said it did not deliver"). */
const DENIAL_REACH = 5;
const DENIALS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'failed', 'fails', 'fail']);
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', '?', '!']);

/** Whether a word of praise (at i) is conceded before a denial: "brilliant … but … did not deliver". */
function concededAt(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + BUT_REACH; j++) {
    const token = tokens[j];
    if (token === undefined || CLAUSE_ENDS.has(token.lower)) return false;
    if (token.lower !== 'but') continue;
    for (let k = j + 1; k <= j + DENIAL_REACH; k++) {
      const word = tokens[k];
      if (word === undefined || CLAUSE_ENDS.has(word.lower) || word.lower === ',') return false;
      if (DENIALS.has(word.lower)) return true;
    }
    return false;
  }
  return false;
}

/** Recodes in place praise said of an actor (a word of praise as trigger) that a "but" and a denial take back. */
export function concededPraise(doc: Doc, event: Event): void {
  if (event.code !== 'SUPPORT') return;
  const range = tokensIn(doc.tokens, event.trigger);
  if (!range || range.first !== range.last || !PRAISE_WORDS.has((doc.tokens[range.first] as Token).lower)) return;
  if (!concededAt(doc.tokens, range.last)) return;
  event.code = 'ACCUSE';
  event.mode = 'disapprove';
}
