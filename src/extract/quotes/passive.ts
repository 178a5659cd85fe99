/** The passive of a verb cue ("was told", "are also thought", "It was claimed"), whose subject is not the speaker. */
import type { Cue, Doc } from '../../doc/document.js';

/** The forms of "be" that make a passive before a participle. */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Whether a verb cue is passive: a form of "be", perhaps an adverb ("are also thought"), then not the -ing form. */
export function passiveForm(doc: Doc, cue: Cue): boolean {
  let k = cue.token - 1;
  while (k > 0 && doc.tokens[k]?.pos === 'ADV') k--;
  return BE.has(doc.tokens[k]?.lower ?? '') && !(doc.tokens[cue.token]?.lower ?? '').endsWith('ing');
}
