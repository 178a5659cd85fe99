/**
 * Blame told by a verb of wrongdoing. The manual's ACCUSE holds criticism and denunciation, and one who
 * says an actor betrays, misleads, deceives, cheats, wrecks or ruins makes it with no PLOVER verb:
 * "Lee said the Tories would wreck the economy", 'Lee responded: "Don't let the Tories wreck it
 * again"' (a warning not to let them), "Lee claims he has been betrayed by the Tarn authorities" (a
 * wrong one says was done, to oneself or another, by the agent of a passive). The verbs are lexicon
 * data (`judgements.wrongs`); a wrong denied ("the Tories did not betray") is not read, as judgement.ts
 * reads none denied.
 */
import type { Token } from '../../doc/document.js';
import { WRONG_VERBS, isFormOf } from '../../lexicon/plover.js';
import { BE_WORDS } from '../../lexicon/words.js';

/**
 * Whether the token at i is a verb of wrongdoing ("wreck", "betrayed", "misled"); it stands where a verb
 * does (after its subject, or as a participle), so a noun tag is the tagger's slip ("let the Tories wreck it").
 */
export function wrongAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'NOUN') && WRONG_VERBS.some((lemma) => isFormOf(token.lower, lemma));
}

/** Words of a warning not to let the one after them act ("do n't let", "never let", "not let"). */
const LET_NEGATIONS: ReadonlySet<string> = new Set(["n't", '’t', 'not', 'never']);

/** Whether the token at i belongs to a warning not to let ("Don't let the Tories …"): "do", a negation, or "let" after one. */
export function letWarning(tokens: readonly Token[], i: number): boolean {
  const lower = (tokens[i] as Token).lower;
  if (lower === 'let') return LET_NEGATIONS.has(tokens[i - 1]?.lower ?? '');
  if (LET_NEGATIONS.has(lower)) return tokens[i + 1]?.lower === 'let';
  return lower === 'do' && LET_NEGATIONS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'let';
}

/** How many words the one wronged may have ("he", "the Velan farmers"). */
const WRONGED_REACH = 4;
/** The words of the one wronged. */
const WRONGED_TAGS: ReadonlySet<string> = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ']);
/** The auxiliaries of a passive ("has been", "was", "had been"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set([...BE_WORDS, 'has', 'have', 'had']);

/**
 * The index of a wrong's participle when tokens from..limit-1 say one was wronged by the actor at
 * `limit` ("he has been betrayed by the", "the farmers were misled by"), or -1.
 */
export function wrongedBy(tokens: readonly Token[], from: number, limit: number): number {
  // The one wronged may be read already as words of the report's gap ("said the farmers were …").
  let i = from;
  while (i < limit && i < from + WRONGED_REACH && WRONGED_TAGS.has((tokens[i] as Token).pos)) i++;
  const auxiliaries = i;
  while (i < limit && PASSIVE_AUX.has((tokens[i] as Token).lower)) i++;
  if (i === auxiliaries || !wrongAt(tokens, i) || tokens[i + 1]?.lower !== 'by') return -1;
  const end = tokens[i + 2]?.pos === 'DET' ? i + 3 : i + 2;
  return end === limit ? i : -1;
}
