/**
 * A country's, a place's or a body's name that opens a run of capitals before an office is the seat of
 * the office, a name of its own: "U.S. President Bill Clinton", "France President Jacques Chirac",
 * "New York Mayor Rudolph Giuliani", "UN Secretary-General Kofi Annan". The title trimmed from the
 * person's name took it along before. A nationality stays a word about the person ("Argentine
 * President Nestor Kirchner"), and with no one named the run may be a paper's name ("the Hollywood
 * Reporter"), so only a title before a name is read.
 */
import type { Doc, Token } from '../../doc/document.js';
import { OFFICES } from '../../lexicon/words.js';
import { countriesByDemonym, placesByName } from '../../lexicon/places.js';
import { organizationByName } from '../../kb/knowledge-base.js';

/** How many words a seat's name may take ("Bosnia and Herzegovina" is joined elsewhere). */
const SEAT_WORDS = 3;

/**
 * The last token of the seat's name that opens the run at `first`, before the office that ends at
 * `titleLast`, the token before the person's name; -1 when the run opens with no place or body, or no
 * office follows it.
 */
export function seatBeforeTitle(doc: Doc, first: number, titleLast: number): number {
  const tokens = doc.tokens;
  let office = false;
  for (let k = first + 1; k <= titleLast; k++) if (OFFICES.has((tokens[k] as Token).lower)) office = true;
  if (!office) return -1;
  const start = (tokens[first] as Token).start;
  for (let k = Math.min(first + SEAT_WORDS - 1, titleLast - 1); k >= first; k--) {
    const t = tokens[k] as Token;
    if (OFFICES.has(t.lower)) continue;
    const name = doc.text.slice(start, t.end);
    if (countriesByDemonym(name).length > 0) return -1;
    if (placesByName(name).length > 0 || organizationByName(name) !== undefined) return k;
  }
  return -1;
}
