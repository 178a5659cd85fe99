/**
 * Names of organisations that no head word like "Ministry" gives away: sports clubs, companies and
 * news agencies, told by the words of the name ("FC Porto", "Leeds United", "Siemens AG", "Reuters",
 * "Pittsburgh Pirates") and, for a town's name standing for its club, by a results table around it
 * ("Leeds 2 Chelsea 1"), a match between it and another ("Leicestershire beat Somerset") or a plural
 * nickname after "the" ("the Yankees").
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { COMPANIES, COMPANY_LAST, COMPANY_NOUNS_AFTER, MEDIA, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, OTHER_HEADS, PARTIES, PLACE_HEADS, TEAM_AFTER_PLACE, TEAM_FIRST, TEAM_LAST, givenName } from '../../lexicon/names.js';
import { countriesByDemonym, placesByName } from '../../lexicon/places.js';
import { POSSESSIVE_MARKS } from '../../lexicon/words.js';
import { sportArticle } from '../events/contest.js';
import { tokenBefore } from '../../text/token-index.js';
import { matchSides } from './match-sides.js';
import { cityOnly, clubsByNameAndPlace } from './clubs.js';
import { companiesByWord, firmsByAcronym } from './brands.js';
import type { Named } from './named.js';

/** Whether some reading of a name is a country or a region ("England", "Scotland"), not a town or a state. */
function nationOrRegion(name: string): boolean {
  for (const p of placesByName(name)) if (p.kind === 'country' || p.kind === 'region') return true;
  return false;
}

/** Whether the words after a place's name are a plural nickname ("Pittsburgh Pirates", "Toronto Blue Jays"). */
function nicknameAfterPlace(words: readonly string[], parts: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (!last.endsWith('s') || last.endsWith("'s") || PLACE_HEADS.has(last) || OTHER_HEADS.has(last) || PARTIES.has(last)) return false;
  if (countriesByDemonym(last).length > 0) return false;
  // The place is all the words but the last one or two ("New York Mets", "Chicago White Sox").
  for (let k = words.length - 1; k >= Math.max(1, words.length - 2); k--) {
    if (placesByName(parts.slice(0, k).join(' ')).length > 0) return true;
  }
  return false;
}

/**
 * Whether a name's words make it an organisation: a club's opening or closing word, a company's legal
 * form, a news agency's name, or a place and a plural nickname. `words` are lower-cased without
 * closing full stops, `parts` the name's words as written.
 */
export function organizationByWords(words: readonly string[], parts: readonly string[]): boolean {
  const joined = words.join(' ');
  if (MEDIA.has(joined) || COMPANIES.has(joined)) return true;
  if (words.length < 2) return false;
  const last = words[words.length - 1] ?? '';
  if (TEAM_FIRST.has(words[0] ?? '') || TEAM_LAST.has(last) || COMPANY_LAST.has(last)) return true;
  if (TEAM_AFTER_PLACE.has(last) && cityOnly(parts.slice(0, -1).join(' '))) return true;
  return nicknameAfterPlace(words, parts);
}


// A score: a number of at most three digits, or a decimal ("13.18" in Australian rules); years are no scores.
const SCORE = /^\d{1,3}(?:\.\d{1,3})?$/;

/** The index of the token after a name, past a parenthesis of at most four tokens ("Gloria Bistrita (Romania) 2"). */
function after(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.lower === '(') {
    for (let k = last + 2; k <= last + 5 && k < tokens.length; k++) if ((tokens[k] as Token).lower === ')') return k + 1;
  }
  return last + 1;
}

// How many tokens the scorers in brackets after a score may take ("Guingamp 2 (Wreh 15th, 42nd) Monaco 1").
const SCORERS_REACH = 24;

/** The index of the token after a score at `k - 1`, past the scorers in brackets. */
function afterScorers(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower !== '(') return k;
  for (let j = k + 1; j <= k + SCORERS_REACH && j < tokens.length; j++) if ((tokens[j] as Token).lower === ')') return j + 1;
  return k;
}

/** Whether token `k` is a score. */
function isScore(tokens: readonly Token[], k: number, text: string): boolean {
  const t = tokens[k];
  return t !== undefined && t.pos === 'NUM' && SCORE.test(text.slice(t.start, t.end));
}

/** How many numbers follow one another from token `k` on ("4 1 2 1 5 4 5" of a standings row). */
function numbersFrom(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (tokens[k + n]?.pos === 'NUM') n++;
  return n;
}

/**
 * The names that stand in a results table: a name and its score right after another's ("Brentford 3
 * Luton 2"), or a name before a row of at least two numbers (a standings table: "Hansa Rostock 4 1 2 1
 * 5 4 5", "TEXAS 74 56 .569").
 */
function inResults(doc: Doc, names: readonly Named[]): Mention[] {
  const tokens = doc.tokens;
  // Each scored name by its first token, with the token after its score.
  const scored = new Map<number, { mention: Mention; after: number; row: boolean }>();
  for (const { mention, first, last } of names) {
    const next = after(tokens, last);
    if (tokens[next]?.pos !== 'NUM' || !isScore(tokens, next, doc.text)) continue;
    scored.set(first, { mention, after: afterScorers(tokens, next + 1), row: numbersFrom(tokens, next) >= 2 });
  }
  const out = new Set<Mention>();
  for (const s of scored.values()) {
    const paired = scored.get(s.after);
    if (paired) out.add(paired.mention).add(s.mention);
    if (s.row) out.add(s.mention);
  }
  return [...out];
}

/** Whether a typed name may stand for a club: a city's or region's name, or a name nothing types for sure. */
function mayBeClub(doc: Doc, m: Mention): boolean {
  if (m.type === 'organization' || m.type === 'country') return false;
  if (!m.sure) return true;
  return m.type === 'place' && placesByName(doc.slice(m.name ?? m)).every((p) => p.kind !== 'country');
}

/**
 * "the Yankees", "the Orioles": in an article about sport, "the" and a plural name that nothing types
 * for sure (elsewhere "the Romans", "the Skittles" are peoples and things).
 */
function pluralAfterThe(doc: Doc, n: Named, sport: () => boolean): boolean {
  const { mention: m, first, last } = n;
  if (m.sure || m.type === 'organization' || first !== last || tokenBefore(doc.tokens, first, 1)?.lower !== 'the') return false;
  const word = (doc.tokens[first] as Token).lower;
  return word.endsWith('s') && !word.endsWith('ss') && countriesByDemonym(word).length === 0 && sport();
}

/**
 * A noun beside the name that only an organisation takes: "the daily Gazeta Wyborcza", "Swiss club
 * Sion" before it, "the Yedioth Ahronoth daily", "Leeds manager Howard Wilkinson" after it, and after
 * a name that nothing else types, the words of a company ("Velder shares").
 */
function nounBeside(tokens: readonly Token[], { mention, first, last }: Named): boolean {
  const prev = tokenBefore(tokens, first, 1);
  if (prev && prev.sentence === tokens[first]?.sentence && ORG_NOUNS_BEFORE.has(prev.lower)) return true;
  let next = last + 1;
  if (POSSESSIVE_MARKS.has(tokens[next]?.lower ?? '')) next++;
  const noun = tokens[next]?.lower ?? '';
  return ORG_NOUNS_AFTER.has(noun) || (!mention.sure && COMPANY_NOUNS_AFTER.has(noun));
}

/**
 * The last words of the names of several words typed a person for sure ("Nick Bos"), or with `sure`
 * false, by a guess too ("Sania Mirza"), lower-cased ("MITCHELL" in a headline is "Dennis Mitchell").
 */
function surnamesOf(doc: Doc, names: readonly Named[], sure = true): Set<string> {
  const out = new Set<string>();
  for (const { mention: m } of names) {
    if (m.type !== 'person' || (sure && !m.sure)) continue;
    const name = doc.slice(m.name ?? m);
    const space = name.lastIndexOf(' ');
    if (space > 0) out.add(sure ? name.slice(space + 1) : name.slice(space + 1).toLowerCase());
  }
  return out;
}

function asClub(m: Mention): void {
  m.type = 'organization';
  m.sure = true;
  m.ref = null;
}

// A club's name takes the plural in British English ("Leicester are", "Newcastle have"); a town's the singular.
const PLURAL_AUX: ReadonlySet<string> = new Set(['are', 'were', 'have', "'re", "'ve"]);

/**
 * "Leicester beat Bath", "Newcastle are top": in an article about sport, a town's name that acts — the
 * subject of a verb or of a plural auxiliary, not after a preposition — stands for its club.
 */
function townActing(doc: Doc, { mention, first, last }: Named, sport: () => boolean): boolean {
  if (mention.type !== 'place' || !cityOnly(doc.slice(mention.name ?? mention))) return false;
  const prev = tokenBefore(doc.tokens, first, 1);
  if (prev !== undefined && (prev.pos === 'ADP' || prev.lower === 'to')) return false;
  const next = doc.tokens[last + 1];
  return next !== undefined && (next.pos === 'VERB' || PLURAL_AUX.has(next.lower)) && sport();
}

/**
 * Retypes as organisations the names that stand for clubs, companies or papers by their context;
 * every other mention of the same name that may be a club follows them (a name has one sense in one
 * article).
 */
export function clubsByContext(doc: Doc, names: readonly Named[]): void {
  const clubs = new Set<string>();
  const results = inResults(doc, names);
  if (results.length > 0) {
    const candidates = results.filter((m) => mayBeClub(doc, m));
    // A table of people's results (golf, athletics, bowling figures) names more people for sure than
    // places or unknown names: its unknown names are people too ("2. Ferrigato 112").
    const people = results.filter((m) => m.type === 'person' && m.sure).length;
    if (candidates.length > people) for (const m of candidates) clubs.add(doc.slice(m.name ?? m));
    // A name the article gives a person for sure is that person's ("Clinton 52, Dole 38" after "Bill Clinton").
    for (const { mention: m } of names) if (m.type === 'person' && m.sure) for (const w of doc.slice(m.name ?? m).split(' ')) clubs.delete(w);
  }
  let isSport: boolean | undefined;
  const sport = (): boolean => (isSport ??= sportArticle(doc.tokens));
  let surnames: Set<string> | undefined;
  // "Leicestershire beat Somerset", "May 17 v Northampton": in a report on sport, a side of a match
  // named by one word or a town is a club, unless it is a given name or the surname of a person the
  // article names in full ("Sjeng Schalken beat …", "MITCHELL DEFEATS BAILEY" after "Dennis Mitchell"); a
  // nation or a region ("England beat Pakistan") is the place its side plays for, as news types it.
  const sides = matchSides(doc, names, (n) => n.mention.type === 'person' && n.last > n.first);
  if (sides.length > 0 && sport()) {
    const taken = surnamesOf(doc, names, false);
    for (const { mention: m, first, last } of sides) {
      const name = doc.slice(m.name ?? m);
      if ((first === last || m.type === 'place') && mayBeClub(doc, m) && givenName(name) === undefined && !taken.has(name.toLowerCase()) && !nationOrRegion(name)) clubs.add(name);
    }
  }
  const mayBeSide = (n: Named): boolean => mayBeClub(doc, n.mention) && !nationOrRegion(doc.slice(n.mention.name ?? n.mention));
  for (const name of clubsByNameAndPlace(doc, names, sport, mayBeSide)) clubs.add(name);
  for (const name of companiesByWord(doc, names, (n) => mayBeClub(doc, n.mention), sport)) clubs.add(name);
  for (const n of names) {
    if (!pluralAfterThe(doc, n, sport) && !townActing(doc, n, sport) && !(nounBeside(doc.tokens, n) && mayBeSide(n))) continue;
    // The surname of a person the article names for sure is that person's, whatever noun stands
    // before it ("Nick Bos … In a recent Evolution paper Bos and colleagues describe").
    surnames ??= surnamesOf(doc, names);
    const name = doc.slice(n.mention.name ?? n.mention);
    if (!surnames.has(name)) clubs.add(name);
  }
  for (const name of firmsByAcronym(doc, names)) for (const { mention: m } of names) if (m.type === 'country' && doc.slice(m.name ?? m) === name) asClub(m);
  if (clubs.size === 0) return;
  for (const { mention: m } of names) if (clubs.has(doc.slice(m.name ?? m)) && mayBeClub(doc, m)) asClub(m);
}
