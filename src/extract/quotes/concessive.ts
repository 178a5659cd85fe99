/**
 * "Having said that, …": a concession that opens a sentence reports nothing. It says "even so"; the
 * clause after its comma is the writer's, or the speaker's own inside a quotation, and no one named
 * "Having" said it.
 */
import type { Cue, Doc, Token } from '../../doc/document.js';

/** What "having said" concedes ("Having said that, …", "Having said this, …"). */
const CONCEDED = new Set(['that', 'this']);

// Whether token `k` opens its sentence or a clause of its own: nothing but punctuation before it there.
function opens(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || before.sentence !== tokens[k]?.sentence || before.pos === 'PUNCT';
}

/** Whether a cue is the verb of a concession that opens its sentence ("Having said that,", "Having said this,"). */
export function concedes(doc: Doc, cue: Cue): boolean {
  const tokens = doc.tokens;
  const before = tokens[cue.token - 1];
  if (before === undefined || cue.lemma !== 'say' || !opens(tokens, cue.token - 1)) return false;
  return before.lower === 'having' && CONCEDED.has(tokens[cue.lastToken + 1]?.lower ?? '') && tokens[cue.lastToken + 2]?.lower === ',';
}
