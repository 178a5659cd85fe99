/**
 * Clubs by their name and by the places a report on sport gives to a club: a club of the lexicon
 * ("Arsenal"; in a report on sport, "Bolton"), a town in brackets after a player ("Bellamy
 * (Newcastle)"), and a town or a county before its score ("At Cardiff: Kent 128-1", "Yorkshire 11
 * points"). A nation or a region there ("England 250-3", "Colin Montgomerie (Scotland)") is the place
 * its side plays for, as news types it; organizations.ts decides which names may be clubs at all.
 */
import type { Doc } from '../../doc/document.js';
import { CLUBS, SPORT_CLUBS, givenName } from '../../lexicon/names.js';
import { placesByName } from '../../lexicon/places.js';
import { tokenBefore } from '../../text/token-index.js';
import { splitSpaces } from '../../text/spaces.js';
import type { Named } from './named.js';

// A score: a number of at most three digits ("2", "128" of "128-1"); years are no scores.
const SCORE = /^\d{1,3}$/;

/** The lower-cased words of the names of several words the article gives a person ("Chelsea Clinton", "Bill McLaren"). */
export function personWords(doc: Doc, names: readonly Named[]): Set<string> {
  const out = new Set<string>();
  for (const { mention: m, first, last } of names) {
    if (m.type !== 'person' || first === last) continue;
    for (const word of splitSpaces(doc.slice(m.name ?? m).toLowerCase())) out.add(word);
  }
  return out;
}

/** Whether a name is a club of the lexicon: always, or in a report on sport for one that is also a town's or a surname. */
function listedClub(name: string, sport: () => boolean): boolean {
  const lower = name.toLowerCase();
  return CLUBS.has(lower) || (SPORT_CLUBS.has(lower) && sport());
}

/**
 * Whether a name stands in brackets right after a player's name ("Bellamy (Newcastle)", "Enzo Scifo
 * (Lille)"); a word no gazetteer knows only after a full name ("Sorin (Heerenveen)" is no club, "Olly
 * (Barkley)" a surname given after a first name).
 */
function afterPlayer(doc: Doc, { first, last }: Named, town: boolean, people: ReadonlyMap<number, Named>): boolean {
  const tokens = doc.tokens;
  if (tokenBefore(tokens, first, 1)?.lower !== '(' || tokens[last + 1]?.lower !== ')') return false;
  const player = people.get(first - 2);
  if (player === undefined) return false;
  if (player.first < player.last) return true;
  return town && givenName(doc.slice(player.mention.name ?? player.mention)) === undefined;
}

/**
 * Whether a name stands before its score, not after a preposition ("Kent 128-1", "Yorkshire 11 points";
 * not "in Leeds 2-1", nor a measure, "Sydney 200m champion").
 */
function beforeScore(doc: Doc, { first, last }: Named): boolean {
  const next = doc.tokens[last + 1];
  if (next?.pos !== 'NUM' || !SCORE.test(doc.text.slice(next.start, next.end))) return false;
  const unit = doc.tokens[last + 2];
  if (unit !== undefined && unit.start === next.end && /^\p{L}/u.test(doc.text.slice(unit.start, unit.end))) return false;
  const prev = tokenBefore(doc.tokens, first, 1);
  return prev === undefined || !(prev.pos === 'ADP' || prev.lower === 'to');
}

/** Whether every reading of a name is a city or a capital ("Newcastle", "Lille"; not "Staffordshire", a referee's county, nor "Georgia"). */
export function cityOnly(name: string): boolean {
  const places = placesByName(name);
  return places.length > 0 && places.every((p) => p.kind === 'city' || p.kind === 'capital');
}

/**
 * The names of `names` that stand for clubs by the lexicon, or, in a report on sport, as a place
 * after a player or before a score; `mayBe` tells the names that may be a club's at all.
 */
export function clubsByNameAndPlace(doc: Doc, names: readonly Named[], sport: () => boolean, mayBe: (n: Named) => boolean): string[] {
  const out: string[] = [];
  let taken: Set<string> | undefined;
  let people: Map<number, Named> | undefined;
  for (const n of names) {
    if (!mayBe(n)) continue;
    const name = doc.slice(n.mention.name ?? n.mention);
    if (listedClub(name, sport)) {
      taken ??= personWords(doc, names);
      if (!taken.has(name.toLowerCase())) out.push(name);
      continue;
    }
    // In brackets, a town or one word that nothing types for sure ("Bellamy (Newcastle)", "Kees Sorin (Heerenveen)";
    // not an actor after a character, "Dean (Jensen Ackles)", nor a referee's county, "H Webb (S Yorkshire)").
    const place = n.mention.type === 'place';
    const inTown = place && cityOnly(name);
    if (!place && n.first !== n.last) continue;
    people ??= new Map(names.filter((p) => p.mention.type === 'person').map((p) => [p.last, p]));
    const placed = ((inTown || !place) && afterPlayer(doc, n, inTown, people)) || (place && beforeScore(doc, n));
    if (placed && sport()) out.push(name);
  }
  return out;
}
