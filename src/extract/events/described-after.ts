/**
 * A person's office named in an apposition right after their name: "Paul Boateng, Chief Secretary to
 * the Treasury, is to step down", "Anna Berg, 58, MP for Velton, said", "Karl Kerr, Velan's finance
 * minister, argued". The apposition's head, its last word before a preposition, is the office ("a
 * lawyer for the minister" is a lawyer); a verb or a conjunction makes it no apposition ("Anna Berg,
 * who met the minister", "Anna Berg, Karl Kerr and the minister"); an office of a body of no politics
 * is that body's ("Anna Berg, Vice President of the Velan Tennis Federation").
 */
import type { Doc, Entity, Mention, Token } from '../../doc/document.js';
import { tokensIn } from '../../text/token-index.js';

// What may close an apposition: its second comma, a dash, a closing bracket, the sentence's end.
const CLOSERS: ReadonlySet<string> = new Set([',', '.', '-', '--', '–', '—', ')', ';', ':']);
const NO_APPOSITION: ReadonlySet<string> = new Set(['VERB', 'AUX', 'CCONJ', 'PRON', 'SCONJ']);
/** How many words an apposition may have ("Chief Secretary to the Treasury in the Velan government"). */
const REACH = 10;

/** Whether an organisation named in tokens first..last is not `political`. */
function bodyOfNoPolitics(doc: Doc, first: number, last: number, political: (body: Entity) => boolean): boolean {
  const start = doc.tokens[first]?.start ?? 0;
  const end = doc.tokens[last]?.end ?? 0;
  return doc.entities.some((e) => e.type === 'organization' && e.mentions.some((m) => m.start >= start && m.end <= end) && !political(e));
}

/**
 * Whether a comma-enclosed phrase after a person's named mention has one of `titles` for its head,
 * and no organisation that is not `political` in its complement.
 */
export function describedAfter(doc: Doc, mention: Mention, titles: ReadonlySet<string>, political: (body: Entity) => boolean): boolean {
  if (mention.kind !== 'name') return false;
  const tokens = doc.tokens;
  const range = tokensIn(tokens, mention.name ?? mention);
  if (!range || tokens[range.last + 1]?.lower !== ',') return false;
  const sentence = tokens[range.last]?.sentence;
  let first = range.last + 2;
  // An age before the office: "Anna Berg, 58, MP for Velton".
  if (tokens[first]?.pos === 'NUM' && tokens[first + 1]?.lower === ',') first += 2;
  let head = -1;
  for (let i = first; i <= first + REACH; i++) {
    const token: Token | undefined = tokens[i];
    if (token === undefined || token.sentence !== sentence || CLOSERS.has(token.lower)) {
      if (head === -1) head = i - 1;
      return head >= first && titles.has(tokens[head]?.lower ?? '') && (head === i - 1 || !bodyOfNoPolitics(doc, head + 1, i - 1, political));
    }
    if (NO_APPOSITION.has(token.pos) && token.lower !== "'s") return false;
    if (token.pos === 'ADP' && head === -1) head = i - 1;
  }
  return false;
}
