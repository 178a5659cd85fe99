/**
 * A place's name whose first word opens a sentence or a bracket as an ordinary word would ("New
 * Zealand beat South Africa", "Li Feng (New Zealand)", "New York is"): the tagger reads the word as
 * an adjective, or the opener rule drops it, and the name found is only the rest ("Zealand", "York").
 * The place's name takes the word back when the two together are a place of the gazetteer.
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { placesByName } from '../../lexicon/places.js';
import { makeMention } from '../speakers/noun-phrase.js';
import { tokensIn } from '../../text/token-index.js';

const CAPITALISED = /^\p{Lu}/u;

/** The mentions, each name after a capitalised word that begins its place's name widened to take it ("New Zealand"). */
export function withPlaceOpenings(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let before = -1;
  return mentions.map((m) => {
    const range = m.kind === 'name' ? tokensIn(tokens, m) : null;
    const previousEnd = before;
    before = m.end;
    if (range === null || range.first === 0) return m;
    const prev = tokens[range.first - 1] as Token;
    if (prev.start < previousEnd || prev.sentence !== (tokens[range.first] as Token).sentence || !CAPITALISED.test(doc.text.slice(prev.start, prev.end))) return m;
    // "The Middle East": the gazetteer reads a name without its article, which is no part of it here.
    if (prev.lower === 'the' || placesByName(doc.text.slice(prev.start, m.end)).length === 0) return m;
    return makeMention(prev.start, m.end, 'name', m.type, { start: prev.start, end: (m.name ?? m).end }, m.descriptors);
  });
}
