/**
 * The object of a verb that in a contest means play: "defended her title", "blasted an ace past him",
 * "will defend the seat" report nothing said, though "defended the decision" and "blasted the ruling" do.
 */
import type { Cue, Doc, Token } from '../../doc/document.js';
import { CONTEST_OBJECTS, CONTEST_VERBS } from '../../lexicon/cues.js';

// The words of a noun phrase before its head ("her third world title", "a 6-2 win").
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PUNCT']);
const MAX_PHRASE = 6;

/** Whether a cue's object, from token `from`, is something won, held or struck in a contest: its last noun before a preposition or a clause. */
export function contestObject(doc: Doc, cue: Cue, from: number): boolean {
  if (!CONTEST_VERBS.has(cue.lemma)) return false;
  const tokens = doc.tokens;
  let head: Token | undefined;
  for (let k = from; k < tokens.length && k - from < MAX_PHRASE; k++) {
    const t = tokens[k] as Token;
    if (!PHRASE_TAGS.has(t.pos) || (t.pos === 'PUNCT' && t.lower !== '-')) break;
    // A determiner after the head opens another phrase ("a shot past the keeper").
    if (head !== undefined && (t.pos === 'DET' || t.pos === 'PRON')) break;
    if (t.pos === 'NOUN') head = t;
  }
  return head !== undefined && CONTEST_OBJECTS.has(head.lower);
}
