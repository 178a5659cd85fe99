/**
 * Whether a lone name that no lexicon types is shown by the text to be someone's: a word the
 * dictionary does not know ("Chao", "Carroll") that acts as the subject of a verb more than once
 * ("Chao went", "Chao taught"), mostly without an article or a modifier ("the Confederacy", "the
 * 236th-level Kaiserstrasse" name things and places), and never with "its" right after it in its sentence
 * ("Heineken is doing its own podcast", "Microsoft has sold 19.9 million units since its launch"). The
 * speaker stage lets such a name stand for "he" or "she" when no stronger person agrees, and the link
 * stage keeps it a person when one did.
 */
import type { Doc, Entity, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';

/** How often a lone name must act as a subject to be taken for someone's. */
const ACTS_LEAST = 2;

/** How far after a name, in tokens, an "its" in its sentence is looked for. */
const ITS_REACH = 8;

// "the Confederacy", "236th-level Kaiserstrasse", "sunny Chatham": what a person's name seldom follows.
function modifies(doc: Doc, prev: Token | undefined, at: number): boolean {
  if (prev === undefined) return false;
  if (prev.lower === 'the' || prev.pos === 'ADJ' || prev.pos === 'NUM' || prev.pos === 'NOUN') return true;
  return prev.pos !== 'PUNCT' && prev.pos !== 'VERB' && doc.tokens[at - 2]?.lower === 'the';
}

// "Heineken is doing its own podcast": "its" later in the sentence stands for a thing or a body.
function itsAfter(doc: Doc, after: number): boolean {
  const sentence = doc.tokens[after]?.sentence;
  for (let k = after; k < Math.min(doc.tokens.length, after + ITS_REACH); k++) {
    const t = doc.tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (t.lower === 'its') return true;
  }
  return false;
}

/** Whether the entity's unmodified mentions act as subjects often enough, at most a third of its mentions are modified, and no "its" follows one. */
export function actsAsName(doc: Doc, entity: Entity): boolean {
  let acting = 0;
  let names = 0;
  let modified = 0;
  for (const m of entity.mentions) {
    if (m.kind !== 'name') continue;
    names++;
    const at = tokenAtOrAfter(doc.tokens, m.start);
    if (modifies(doc, doc.tokens[at - 1], at)) {
      modified++;
      continue;
    }
    const after = tokenAtOrAfter(doc.tokens, m.end);
    if (itsAfter(doc, after)) return false;
    const next = doc.tokens[after];
    if (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) acting++;
  }
  return acting >= ACTS_LEAST && modified * 3 <= names;
}
