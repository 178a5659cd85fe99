/**
 * What continues a run of proper nouns into one name: "of" and a body's remit ("Bank of England",
 * "Department of Trade and Industry", "Food and Drug Administration"), an ampersand between partners
 * ("Ernst & Young"), a preposition in title case ("Reporters Without Borders"), a hyphen, particles
 * ("Lula da Silva"), and a possessive that belongs to the name ("McDonald's", "National Farmers' Union").
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { splitSpaces } from '../../text/spaces.js';
import { HONORIFICS, NAME_PARTICLES, OFFICES, ORG_WORDS, POSSESSIVE_MARKS, TIME_WORDS, TITLE_WORDS } from '../../lexicon/words.js';
import { BODY_HEADS, COMPANIES, OTHER_HEADS, PARTIES, givenName } from '../../lexicon/names.js';
import { countriesByDemonym, placesByName } from '../../lexicon/places.js';
import { isJoiningHyphen } from '../../text/split.js';
import { knownWords } from '../../text/02-tokens.js';
import { isTitleCase } from '../../text/headlines.js';

/** How many name particles follow from token `k` ("von der"). */
function particles(tokens: readonly Token[], k: number): number {
  let n = 0;
  while (NAME_PARTICLES.has(tokens[k + n]?.lower ?? '') && n < 3) n++;
  return n;
}

/**
 * Whether an ampersand joins partners inside the name from token `first` to `last` ("Ernst & Young"),
 * the whole name the firm's (not "David Wyss of Standard & Poor's", a person of a firm).
 */
export function partners(tokens: readonly Token[], first: number, last: number): boolean {
  let ampersand = false;
  for (let k = first + 1; k < last; k++) {
    const lower = tokens[k]?.lower;
    if (lower === 'of' || lower === 'for') return false;
    if (lower === '&') ampersand = true;
  }
  return ampersand;
}

/** Whether a given name and another name start at token `k`: a second person ("Matt Lucas & David Walliams"), no firm's partner. */
function fullNameAt(tokens: readonly Token[], k: number, isName: (t: Token | undefined) => boolean): boolean {
  return givenName(tokens[k]?.lower ?? '') !== undefined && isName(tokens[k + 1]);
}

/** Whether a word beside an ampersand may be a partner's: no place ("Serbia & Montenegro"), no day or thing ("Christmas & New Year"). */
function partnerWord(t: Token | undefined): boolean {
  return t !== undefined && !TIME_WORDS.has(t.lower) && !OTHER_HEADS.has(t.lower) && placesByName(t.lower).length === 0;
}

/** Whether a token is a preposition in title case ("Without", not "without" or "TO") in the sentence of `first`. */
function titleCasePreposition(doc: Doc, t: Token, first: Token): boolean {
  return t.pos === 'ADP' && t.sentence === first.sentence && isTitleCase(doc.text, t);
}

/**
 * The last token of a run of names from `k` that ends in a public body's word ("Exchange
 * Commission", "Drug Administration"), in one sentence; -1 when the run ends otherwise.
 */
function orgHeadAfter(tokens: readonly Token[], k: number, isName: (t: Token | undefined) => boolean): number {
  let end = k;
  while (isName(tokens[end + 1]) && tokens[end + 1]?.sentence === tokens[k]?.sentence) end++;
  // A company's last word ("General Motors") closes a name of its own: "Fiat and General Motors" are two.
  return isName(tokens[k]) && end > k && BODY_HEADS.has(tokens[end]?.lower ?? '') ? end : -1;
}

/**
 * Whether a lone name can be the first half of a body's remit: an ordinary English word, and no
 * place, person's name or party ("Securities", "Food"; not "France", "Fiat" or "IMF", bodies of their own).
 */
function remitBefore(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  if (placesByName(word).length > 0 || givenName(word) !== undefined || countriesByDemonym(word).length > 0 || PARTIES.has(word)) return false;
  return knownWords([word]).has(word);
}

/** Whether a run of names is a body and its remit: an organisation's word, then "of" or "for" ("Department of Trade"). */
function remitOf(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    const lower = (tokens[k] as Token).lower;
    if ((lower === 'of' || lower === 'for') && ORG_WORDS.has((tokens[k - 1] as Token).lower)) return true;
  }
  return false;
}

/**
 * Whether the names from token `k` can end a body's remit after "and": ordinary words in title case
 * ("Industry", "Higher Education"; not "UK", "Barclays" or "Britain"), no second body ("Standard Trust
 * Bank", "State University of New York"; a lone "Society" may be a remit).
 */
function remitAfter(doc: Doc, k: number, isName: (t: Token | undefined) => boolean): boolean {
  const tokens = doc.tokens;
  if (!isTitleCase(doc.text, tokens[k] as Token) || !remitBefore(tokens, k)) return false;
  let end = k;
  while (isName(tokens[end + 1]) && tokens[end + 1]?.sentence === tokens[k]?.sentence) end++;
  const after = tokens[end + 1]?.lower;
  if (after === 'of' || after === 'for') return false;
  for (let j = k; j <= end && end > k; j++) if (ORG_WORDS.has((tokens[j] as Token).lower)) return false;
  return true;
}

/**
 * Whether "of" after the names from token `i` to `last` tells where their bearer is from, no part of
 * one name: after a person's full name ("Mikael Lund of Sweden", "Ann Berg of Velder Capital") or after
 * a name that is no English word before a place's ("Galatasaray of Turkey"). Not after a body's word or
 * a title ("Bank of Japan", "Queen of Scots", "Lord Irvine of Lairg"), nor after a possessive ("Lloyd's of
 * London"), nor inside a place's own name.
 */
function originAfter(doc: Doc, i: number, last: number, isName: (t: Token | undefined) => boolean): boolean {
  const tokens = doc.tokens;
  for (let k = i; k <= last; k++) {
    const lower = (tokens[k] as Token).lower;
    if (ORG_WORDS.has(lower) || TITLE_WORDS.has(lower) || BODY_HEADS.has(lower) || POSSESSIVE_MARKS.has(lower) || lower === 'of' || lower === 'for') return false;
  }
  if (last > i && givenName((tokens[i] as Token).lower) !== undefined) return true;
  let end = last + 2;
  while (isName(tokens[end + 1]) && tokens[end + 1]?.sentence === tokens[last]?.sentence) end++;
  const place = doc.text.slice((tokens[last + 2] as Token).start, (tokens[end] as Token).end);
  const whole = doc.text.slice((tokens[i] as Token).start, (tokens[end] as Token).end);
  const word = (tokens[last] as Token).lower;
  return placesByName(place).length > 0 && placesByName(whole).length === 0 && !knownWords([word]).has(word);
}

// The words between a person's name and the organisation the person speaks for ("from", "at").
const WHERE_FROM = /^\s+(?:from|at)\s/;
const OF = /^\s+of\s/;

/**
 * Whether the words after a name tell where the person named comes from: "Seth Heine from RIPMobile",
 * "Ola Brun at Velder", and "of" after a full name, as originAfter reads it ("Mike Lund of Velder Bank";
 * not "Passion of the Christ").
 */
export function whereFrom(doc: Doc, name: Mention): boolean {
  const after = doc.text.slice(name.end, name.end + 6);
  if (WHERE_FROM.test(after)) return true;
  const words = splitSpaces(doc.slice(name.name ?? name));
  return OF.test(after) && words.length > 1 && givenName((words[0] ?? '').toLowerCase()) !== undefined;
}

/**
 * The last token of a name continued past token `last` by a connector ("of", a body's remit, a
 * preposition in title case, a hyphen, particles), or -1 when nothing continues it.
 */
export function joinedAfter(doc: Doc, i: number, last: number, isName: (t: Token | undefined) => boolean): number {
  const tokens = doc.tokens;
  const link = tokens[last + 1];
  if (!link) return -1;
  if (link.lower === 'of' && isName(tokens[last + 2]) && !originAfter(doc, i, last, isName)) return last + 2;
  // "Ernst & Young", "Marks & Spencer": an ampersand between names joins the partners of one firm.
  if (link.lower === '&' && isName(tokens[last + 2]) && tokens[last + 2]?.sentence === link.sentence && partnerWord(tokens[last]) && partnerWord(tokens[last + 2]) && !fullNameAt(tokens, last + 2, isName)) return last + 2;
  // "Office for National Statistics", "Institute for Fiscal Studies": an organisation's "for" names its remit.
  if (link.lower === 'for' && ORG_WORDS.has(tokens[last]?.lower ?? '') && isName(tokens[last + 2])) return last + 2;
  // "Department of Trade and Industry", "Department of Health and Human Services": a body's remit of two
  // parts (ordinary words: not "Ministry of Defence and Britain", "Bank of England and Barclays", nor a
  // second body's name, "the Ministry of Defence and Foreign Office").
  if (link.lower === 'and' && isName(tokens[last + 2]) && remitOf(tokens, i, last) && remitAfter(doc, last + 2, isName)) return last + 2;
  // "Securities and Exchange Commission", "Food and Drug Administration": two words for one body's remit.
  if (link.lower === 'and' && last === i && remitBefore(tokens, i) && orgHeadAfter(tokens, last + 2, isName) !== -1) return orgHeadAfter(tokens, last + 2, isName);
  // "Reporters Without Borders", "Campaign Against Arms Trade": a preposition in title case inside a
  // sentence belongs to the name around it; not after a given name ("Roger Michell For Enduring Love"
  // in a list of awards), nor before a title ("Treasury Under Secretary John Taylor"), nor in capitals.
  if (titleCasePreposition(doc, link, tokens[i] as Token) && isName(tokens[last + 2]) && givenName((tokens[i] as Token).lower) === undefined && !TITLE_WORDS.has(tokens[last + 2]?.lower ?? '')) return last + 2;
  // "Bonham-Carter", "al-Assad": a hyphen inside a name.
  if (isJoiningHyphen(tokens, last + 1) && isName(tokens[last + 2])) return last + 2;
  // "Lula da Silva", "Ursula von der Leyen": particles between parts of a name.
  if (NAME_PARTICLES.has(link.lower) && isName(tokens[last + 1 + particles(tokens, last + 1)])) return last + 1 + particles(tokens, last + 1);
  // "al-Baghdadi": a particle joined to the name by a hyphen.
  if (NAME_PARTICLES.has(link.lower) && isJoiningHyphen(tokens, last + 2) && isName(tokens[last + 3])) return last + 3;
  return possessiveAfter(doc, i, last, isName);
}


// Plural nouns of people that own a body's name with "'s" ("People's Party", "Women's Institute", "Fishermen's Association").
const PLURALS_WITH_S = /^(?:people|children|women|men|\p{L}+men)$/u;
// Plural nouns of people that own it with a bare apostrophe: agents and members ("Farmers'", "Actors'", "Musicians'", "Residents'").
const PLURALS_WITH_APOSTROPHE = /(?:er|or|ist|ian|an|ant|ent|eer)s$/;

/**
 * Whether a word is a plural noun of people whose possessive opens a body's name ("Farmers' Union",
 * "People's Liberation Army"): an ordinary English word, no given name, place, nationality or party
 * ("Tories' Commons", "Americans' Ryder Cup" are no names), written as plurals are.
 */
function pluralOwner(word: Token, mark: string): boolean {
  const lower = word.lower;
  const shape = mark.endsWith('s') ? PLURALS_WITH_S.test(lower) : PLURALS_WITH_APOSTROPHE.test(lower);
  if (!shape || givenName(lower) !== undefined || placesByName(lower).length > 0 || countriesByDemonym(lower).length > 0 || PARTIES.has(lower)) return false;
  return knownWords([lower]).has(lower);
}

/**
 * The last token of a name that a possessive continues after token `last`, or -1: a company named in
 * the possessive takes its "'s" ("McDonald's", "Lloyd's of London", "Moody's Investors Service"), and a
 * plural noun of people owns the name after it ("National Farmers' Union", "People's Daily"); not
 * before an office, an honorific or a given name ("Children's Minister Margaret Hodge"), nor a person's possessive
 * ("Brown's Budget", "Snipes' Blade").
 */
function possessiveAfter(doc: Doc, i: number, last: number, isName: (t: Token | undefined) => boolean): number {
  const tokens = doc.tokens;
  const mark = tokens[last + 1];
  if (mark === undefined || !POSSESSIVE_MARKS.has(mark.lower) || mark.start !== (tokens[last] as Token).end) return -1;
  const owned = doc.text.slice((tokens[i] as Token).start, mark.end).toLowerCase();
  if (COMPANIES.has(owned)) return last + 1;
  const next = tokens[last + 2];
  if (!isName(next) || next?.sentence !== mark.sentence || OFFICES.has(next.lower) || HONORIFICS.has(next.lower) || givenName(next.lower) !== undefined) return -1;
  return pluralOwner(tokens[last] as Token, mark.lower) ? last + 2 : -1;
}

/** Whether a possessive mark stands inside the run of names from token `first` to `last` ("McDonald's", "Farmers' Union"), as only possessiveAfter joins one. */
export function possessiveInside(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (POSSESSIVE_MARKS.has((tokens[k] as Token).lower)) return true;
  return false;
}
