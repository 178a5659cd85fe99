/**
 * The subject that opens a sentence and reaches its cue across asides: "Rep. Ada Moss (D-NY),
 * chair of the panel, said …", "Several candidates, including Berg, said …", "insiders in two states
 * — Ohio and Iowa — said …", "Many in the crowd said …", "Berg on Tuesday said …". Only asides set
 * off by commas, dashes or brackets, prepositional phrases and adverbs may stand between.
 */
import type { Cue, Doc, Mention, Token } from '../../doc/document.js';
import { CUE_ADVERBS, GROUP_SPEAKERS, TIME_WORDS } from '../../lexicon/words.js';
import { mentionFrom } from '../speakers/noun-phrase.js';
import { speakerStartingAt } from './attach.js';
import { SENTENCE_END, isComma, skipPhrase } from './content.js';

const MAX_ASIDE = 40;
const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '—': '—', '–': '–', '--': '--' };
const OPENING_WORDS = new Set(['and', 'but', 'yet', 'so', 'still', 'meanwhile', 'now', 'also']);

/** The token that closes an aside opened at token k, before the cue; -1 when there is none. */
function asideEnd(doc: Doc, k: number, cue: number): number {
  const open = (doc.tokens[k] as Token).lower;
  const close = CLOSERS[open];
  for (let j = k + 1; j < cue && j - k <= MAX_ASIDE; j++) {
    const t = doc.tokens[j] as Token;
    if (SENTENCE_END.has(t.lower) && t.lower !== '.') return -1;
    if (close === undefined ? isComma(t) && t.lower === ',' : t.lower === close) return j;
  }
  return -1;
}

/** The subject opening the sentence at `first` whose only company before the cue is asides, or null. */
export function subjectAcrossAsides(doc: Doc, cue: Cue, first: number): { mention: Mention; first: number } | null {
  const tokens = doc.tokens;
  if ((tokens[cue.token] as Token).lower.endsWith('ing')) return null;
  let start = first;
  while (start < cue.token && start - first < 2 && OPENING_WORDS.has((tokens[start] as Token).lower)) start++;
  const opener = tokens[start];
  const named = speakerStartingAt(doc, start);
  const range = named ? { first: start, last: named.last } : opener && GROUP_SPEAKERS.has(opener.lower) ? { first: start, last: start } : null;
  if (!range || range.last >= cue.token) return null;
  let k = range.last + 1;
  let asides = 0;
  while (k < cue.token) {
    const t = tokens[k] as Token;
    if (t.lower === ',' || CLOSERS[t.lower] !== undefined) {
      const end = asideEnd(doc, k, cue.token);
      if (end === -1) return null;
      k = end + 1;
      asides++;
    } else if (t.pos === 'ADP') {
      const after = skipPhrase(doc, k + 1, cue.token - 1);
      if (after === k + 1) return null;
      k = after;
      asides++;
    } else if (t.pos === 'ADV' || CUE_ADVERBS.has(t.lower) || TIME_WORDS.has(t.lower)) k++;
    else return null;
  }
  // With nothing between, the ordinary rules have already had their say.
  return asides > 0 ? { mention: named?.mention ?? mentionFrom(doc, range), first: range.first } : null;
}
