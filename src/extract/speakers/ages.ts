/**
 * The ages an article states for people, by apposition: "Ronnie Barr, 74, said", "Ronnie Barr (74)",
 * "Ronnie Barr, aged 74". A description by age ("the 74-year-old") then names the one of that age.
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';

/** The oldest age read as one (a number past it is a count or a year, not an age). */
const OLDEST = 120;

/** The age in a description ("the 74-year-old", "a 9-year-old boy"), or null. */
export function describedAge(text: string): number | null {
  const match = /(\d{1,3})-year-old/.exec(text);
  return match ? Number(match[1]) : null;
}

function ageAt(token: Token | undefined): number | null {
  if (token === undefined || !/^\d{1,3}$/.test(token.lower)) return null;
  const age = Number(token.lower);
  return age > 0 && age <= OLDEST ? age : null;
}

/** The age stated right after a name mention, or null. */
function statedAge(doc: Doc, mention: Mention): number | null {
  const k = tokenAtOrAfter(doc.tokens, mention.end);
  const open = doc.tokens[k]?.lower;
  if (open === '(' && doc.tokens[k + 2]?.lower === ')') return ageAt(doc.tokens[k + 1]);
  if (open !== ',') return null;
  // ", aged 74": the number after "aged".
  const at = doc.tokens[k + 1]?.lower === 'aged' ? k + 2 : k + 1;
  const close = doc.tokens[at + 1]?.lower;
  return close === ',' || close === '.' || close === ')' || close === undefined || at === k + 2 ? ageAt(doc.tokens[at]) : null;
}

/** The entities (by `owner`, the entity of each name mention) whose age the article states among `names`, with that age. */
export function statedAges<T>(doc: Doc, names: readonly Mention[], owner: ReadonlyMap<Mention, T>): Map<T, number> {
  const out = new Map<T, number>();
  for (const m of names) {
    const who = m.kind === 'name' ? owner.get(m) : undefined;
    const age = who === undefined ? null : statedAge(doc, m);
    if (who !== undefined && age !== null) out.set(who, age);
  }
  return out;
}
