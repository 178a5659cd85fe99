/**
 * Speaker noun phrases next to a cue: "Anna Berg said", "said the minister", "Hugh Hill, a doctor at
 * the clinic, said", "a spokesman for the ministry said", "she said". Works on tokens and their tags.
 */
import type { Doc, Mention, Span, Token } from '../../doc/document.js';
import { countriesByDemonym, placesByName } from '../../lexicon/places.js';
import { OTHER_HEADS, PARTIES, PLACE_HEADS, givenName } from '../../lexicon/names.js';
import { isJoiningHyphen } from '../../text/split.js';
import { tokensIn } from '../../text/token-index.js';
import { isMonthSurname } from '../../text/month-surnames.js';
import { APPROXIMATORS, CUE_ADVERBS, HONORIFICS, ISSUED_NOUNS, NAME_PARTICLES, OFFICES, ORG_WORDS, POSSESSIVE_S, QUANTIFIERS, RELATIVE_PRONOUNS, SEATS, SPEAKER_PRONOUNS, surnameAfterHonorific, TIME_WORDS, TITLE_WORDS } from '../../lexicon/words.js';

const INNER_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
const HEAD_TAGS = new Set(['PROPN', 'NOUN']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'in']);
// How many title-case words after "and" may lead to the office whose remit they name ("Fiscal Policy Minister").
const MAX_REMIT_WORDS = 4;
/** Prepositions after a thing issued, to where it went ("a statement to the stock exchange", "a post on its website"). */
const ISSUED_LINKS = new Set(['to', 'on']);

/**
 * Whether token `k` links a thing issued to where it went ("Velcor's statement to the stock exchange
 * said"), or an office to the one it serves ("chief secretary to the Treasury, Tom Reyes, said"): one phrase.
 */
function issuedLink(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  return (ISSUED_LINKS.has(lower) && ISSUED_NOUNS.has(before)) || officeTo(tokens, k);
}

/** Whether token `k` is "to" after an office, linking it to the one it serves ("adviser to the president"). */
function officeTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'to' && OFFICES.has(tokens[k - 1]?.lower ?? '');
}
const MAX_NP = 12;
const OBJECT_GROUPS = new Set(['them', 'us']);

/** A token range [first, last], inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

function isHead(t: Token | undefined): boolean {
  return t !== undefined && (HEAD_TAGS.has(t.pos) || (t.pos === 'ADJ' && /\d/.test(t.lower))) && !TIME_WORDS.has(t.lower);
}

const AGES = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days']);

/** "the 74-year-old": an age compound stands for the person of that age, as a noun does. */
function isAgedAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'old' && isJoiningHyphen(tokens, k - 1) && AGES.has(tokens[k - 2]?.lower ?? '') && isJoiningHyphen(tokens, k - 3);
}

/** Whether token `k` may head a noun phrase: a noun, a number-bearing adjective, an age compound, a surname that is a month's name ("Mrs May"). */
function isHeadAt(tokens: readonly Token[], k: number): boolean {
  return isHead(tokens[k]) || isAgedAt(tokens, k) || isMonthSurname(tokens, k);
}

/** Possessive pronouns, which open a noun phrase as a determiner does ("his audience"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

function isInner(t: Token | undefined): boolean {
  return t !== undefined && (INNER_TAGS.has(t.pos) || POSSESSIVE_S.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || t.lower === '.');
}

/** A participle that modifies a noun ("registered voters", "teary-eyed"). */
function isModifierVerb(t: Token): boolean {
  return t.pos === 'VERB' && (t.lower.endsWith('ed') || t.lower.endsWith('ing'));
}

/** The noun phrase that ends at token `j`, or null. Includes "of"/"for"/"at" attachments. */
export function phraseEndingAt(tokens: readonly Token[], j: number): TokenRange | null {
  const last = tokens[j];
  if (!last) return null;
  // "most of them", "some of us": a share of a group speaks.
  if (last.pos === 'PRON' && OBJECT_GROUPS.has(last.lower) && tokens[j - 1]?.lower === 'of' && QUANTIFIERS.has(tokens[j - 2]?.lower ?? '')) return { first: j - 2, last: j };
  if (last.pos === 'PRON') return SPEAKER_PRONOUNS.has(last.lower) || RELATIVE_PRONOUNS.has(last.lower) ? { first: j, last: j } : null;
  // "ABC 7 is reporting": a number ending a name.
  if (last.pos === 'NUM' && tokens[j - 1]?.pos === 'PROPN') {
    const name = phraseEndingAt(tokens, j - 1);
    return name ? { first: name.first, last: j } : null;
  }
  // "42% say": a share of those asked.
  if (last.lower === '%' && tokens[j - 1]?.pos === 'NUM' && tokens[j - 1]?.end === last.start) return { first: j - 1, last: j };
  // "six in 10 say": a proportion is a speaker too.
  if (last.pos === 'NUM' && tokens[j - 1]?.lower === 'in' && tokens[j - 2]?.pos === 'NUM') return { first: j - 2, last: j };
  if (!isHeadAt(tokens, j)) return null;
  let first = j;
  while (first > 0 && j - first < MAX_NP) {
    const prev = tokens[first - 1] as Token;
    if (prev.sentence !== last.sentence) break;
    if (tokens[first]?.pos === 'DET') {
      // A determiner ends the phrase unless it is the object of "of"/"for" ("the head of the agency").
      const link = tokens[first - 1];
      if (link && ((LINKS.has(link.lower) && isHead(tokens[first - 2])) || issuedLink(tokens, first - 1))) {
        first -= 2;
        continue;
      }
      break;
    }
    const before = tokens[first - 2];
    // "fly-half", "Ballymena-born": the word a hyphen joins to the phrase is part of it, whatever its tag
    // (but a place's "Henley-on-Thames" stays as it was: its preposition opens no phrase).
    if ((isInner(prev) && prev.lower !== '.') || isJoiningHyphen(tokens, first - 1) || (isJoiningHyphen(tokens, first) && prev.pos !== 'ADP')) {
      first--;
    } else if (isModifierVerb(prev) && before && (isInner(before) || prev.start === before.end || tokens[first]?.pos === 'NOUN')) {
      // "registered voters", "teary-eyed Bush": a participle used as an adjective.
      first--;
    } else if (prev.lower === '&' && before?.pos === 'PROPN' && tokens[first]?.pos === 'PROPN') {
      // "Ernst & Young said": partners joined by an ampersand are one firm.
      first -= 2;
    } else if (LINKS.has(prev.lower) && (isHead(before) || before?.pos === 'NUM' || QUANTIFIERS.has(before?.lower ?? ''))) {
      // "the head of the agency", "six in 10 voters", "most of the candidates"
      first -= 2;
    } else if (issuedLink(tokens, first - 1)) {
      first -= 2;
    } else if (prev.pos === 'ADV' && before?.pos === 'DET' && /er$/.test(prev.lower)) {
      // "an earlier report", "a later statement"
      first--;
    } else break;
  }
  // Time words and sentence adverbs at the front ("Yesterday Berg said", "Last week Lord Reyes said") are not part of the speaker.
  while (first < j && TIME_WORDS.has(tokens[first]?.lower ?? '')) first++;
  return { first: approximated(tokens, first), last: j };
}

/** "about half of voters", "more than 40 percent": a count's approximator belongs to the phrase it opens. */
function approximated(tokens: readonly Token[], first: number): number {
  const count = tokens[first];
  if (!count || !(count.pos === 'NUM' || QUANTIFIERS.has(count.lower))) return first;
  const one = tokens[first - 1];
  const two = tokens[first - 2];
  if (two && one && two.sentence === count.sentence && APPROXIMATORS.has(`${two.lower} ${one.lower}`)) return first - 2;
  if (one && one.sentence === count.sentence && APPROXIMATORS.has(one.lower)) return first - 1;
  return first;
}

/** Words that make a time of the time word after them ("last month", "this week", "next year"). */
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'that', 'earlier', 'later']);
/** Adverbs of time or sequence that may open a sentence before its subject ("Meanwhile the minister said"). */
const OPENING_ADVERBS = new Set(['meanwhile', 'earlier', 'later', 'yesterday']);

/**
 * The first token after a time said at token `k` before a subject that ends by `last` ("Last month the
 * chairman", "This week a judge", "Meanwhile Ms Hutt"), else `k`. Not a time that owns what follows
 * ("Last April's report"), nor an adverb that is an adjective of its noun ("Earlier reports").
 */
function afterTimeOpener(tokens: readonly Token[], k: number, last: number): number {
  const word = tokens[k]?.lower ?? '';
  const next = tokens[k + 1];
  if (next === undefined || k + 1 > last) return k;
  if (TIME_DETERMINERS.has(word) && TIME_WORDS.has(next.lower) && !isMonthSurname(tokens, k + 1)) {
    return k + 2 <= last && !POSSESSIVE_S.has(tokens[k + 2]?.lower ?? '') ? k + 2 : k;
  }
  return OPENING_ADVERBS.has(word) && next.pos !== 'NOUN' && next.pos !== 'ADJ' ? k + 1 : k;
}

/** A phrase without the time said before it ("Last week Lord Reyes", "Meanwhile the minister"): the speaker it names. */
export function withoutTimeOpener(tokens: readonly Token[], range: TokenRange): TokenRange {
  let first = range.first;
  for (let after = afterTimeOpener(tokens, first, range.last); after !== first; after = afterTimeOpener(tokens, first, range.last)) first = after;
  return { first, last: range.last };
}

/** The noun phrase that starts at token `i`, or null ("the minister", "Anna Berg", "a spokesman for X"). */
export function phraseStartingAt(tokens: readonly Token[], at: number): TokenRange | null {
  // "Last month the chairman of the company said": the time before the subject is none of it.
  const i = withoutTimeOpener(tokens, { first: at, last: tokens.length - 1 }).first;
  const start = tokens[i];
  if (!start || start.sentence !== tokens[at]?.sentence) return null;
  if (start.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(start.lower)) return SPEAKER_PRONOUNS.has(start.lower) ? { first: i, last: i } : null;
  let last = -1;
  for (let k = i; k < tokens.length && k - i < MAX_NP; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== start.sentence) break;
    if (isHeadAt(tokens, k)) last = k;
    else if ((isInner(t) && t.lower !== '.') || isJoiningHyphen(tokens, k)) continue;
    else if (LINKS.has(t.lower) && last === k - 1) continue;
    else if (joinsOffices(tokens, k) && last === k - 1) continue;
    else break;
  }
  return last >= i ? { first: i, last } : null;
}

/**
 * "chairman and chief executive Tom Grayling", "president & founder": "and" between two offices of one
 * person; "Trade and Industry Secretary Patricia Hewitt": between the title-case words of one office's remit.
 */
function joinsOffices(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k]?.lower;
  if (lower !== 'and' && lower !== '&') return false;
  if (OFFICES.has(tokens[k - 1]?.lower ?? '') && OFFICES.has(tokens[k + 1]?.lower ?? '')) return true;
  if (tokens[k - 1]?.pos !== 'PROPN') return false;
  for (let j = k + 1; j <= k + MAX_REMIT_WORDS; j++) {
    const t = tokens[j];
    if (t === undefined || t.pos !== 'PROPN') return false;
    if (OFFICES.has(t.lower)) return j > k + 1;
  }
  return false;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'earlier', 'later']);

/** Skips adverbs, auxiliaries and times leftwards from `j` ("has also said", "on Tuesday said"). */
export function skipCueAdverbs(tokens: readonly Token[], j: number): number {
  let k = j;
  for (;;) {
    const lower = tokens[k]?.lower ?? '';
    // Not the surname in "Mrs May said", though "may" is a modal and May a month.
    if (k >= 0 && !isMonthSurname(tokens, k) && (CUE_ADVERBS.has(lower) || TIME_WORDS.has(lower) || tokens[k]?.pos === 'ADV' || lower === 'not')) k--;
    // "is continuing to insist", "wants to tell": a verb and "to" before the cue.
    else if (lower === 'to' && (tokens[k - 1]?.pos === 'VERB' || tokens[k - 1]?.pos === 'AUX')) k -= 2;
    else if (k > 0 && TIME_PREPOSITIONS.has(lower) && TIME_WORDS.has(tokens[k + 1]?.lower ?? '')) k--;
    else return k;
  }
}

/** The phrase's head: its last noun before any "of"/"for" attachment. */
export function headIndex(tokens: readonly Token[], range: TokenRange): number {
  for (let k = range.first + 1; k <= range.last; k++) {
    // "Secretary of State Anna Berg": an office's "of" is inside a title, when a person's name follows it.
    // A link word after a hyphen is part of a word ("Moon Jae-in"), no link.
    if ((LINKS.has(tokens[k]?.lower ?? '') || officeTo(tokens, k)) && !isJoiningHyphen(tokens, k - 1) && !(OFFICES.has(tokens[k - 1]?.lower ?? '') && givenNameAfter(tokens, k, range.last) !== -1)) return k - 1;
  }
  return range.last;
}

/**
 * Whether a name inside a phrase is the constituency of the seat it names, after the head: "Birkenhead"
 * in "the Labour MP for Birkenhead" is where the MP sits, not who speaks (though "a spokesman for
 * Ofcom" speaks for Ofcom).
 */
export function constituencyOf(doc: Doc, phrase: Span, name: Span): boolean {
  const range = tokensIn(doc.tokens, phrase);
  const head = range === null ? undefined : doc.tokens[headIndex(doc.tokens, range)];
  return head !== undefined && SEATS.has(head.lower) && name.start >= head.end;
}

/** The first given name after token `k` and before `last` ("Anna" in "of State Anna Berg"), or -1. */
function givenNameAfter(tokens: readonly Token[], k: number, last: number): number {
  for (let j = k + 1; j < last; j++) if (givenName(tokens[j]?.lower ?? '') !== undefined) return j;
  return -1;
}

/** The name inside a phrase: the run of proper nouns ending at its head, titles trimmed. */
function nameRange(tokens: readonly Token[], range: TokenRange, organization: boolean, text: string): TokenRange | null {
  const head = headIndex(tokens, range);
  if (tokens[head]?.pos !== 'PROPN') return null;
  let first = head;
  for (;;) {
    // "Kilroy-Silk", "Lula da Silva", "von der Leyen": hyphens and particles inside a name.
    let k = first - 1;
    if (isJoiningHyphen(tokens, k)) k--;
    // "al-Assad": the particle before the hyphen belongs to the name too.
    while (k > range.first && NAME_PARTICLES.has(tokens[k]?.lower ?? '')) k--;
    // "Securities and Exchange Commission": an organisation's name may join two words of its remit.
    if (organization && k > range.first && tokens[k]?.lower === 'and' && tokens[k - 1]?.pos === 'PROPN') k--;
    if (k < range.first || tokens[k]?.pos !== 'PROPN') break;
    first = k;
  }
  // An organisation keeps its attachments ("Ministry of Defence").
  if (organization) return { first, last: range.last };
  const trimmed = trimTitles(tokens, { first, last: head }, text);
  // "U.S. Secretary of State Anna Berg": what the title's "of" governs is no part of the name.
  for (let k = trimmed?.last ?? -1; trimmed && k >= trimmed.first; k--) {
    const given = LINKS.has(tokens[k]?.lower ?? '') ? givenNameAfter(tokens, k, head) : -1;
    if (given !== -1) return { first: given, last: head };
  }
  return trimmed;
}

/** Leaves out the title before a name: everything up to its last title word ("Dutch Foreign Minister"). */
function trimTitles(tokens: readonly Token[], range: TokenRange, text: string): TokenRange | null {
  const trimmed = trimmedTitles(tokens, range);
  if (trimmed !== null && trimmed.first === range.first) return trimmed;
  // "U.S.", "the Czech Republic": a place's whole name keeps words that elsewhere are titles or demonyms
  // (looked up only when something would be cut).
  const whole = text.slice((tokens[range.first] as Token).start, (tokens[range.last] as Token).end);
  return placesByName(whole).length > 0 ? range : trimmed;
}

/** Words that tell when an office is held, never part of a name ("Former WorldCom chief"). */
const TENURE: ReadonlySet<string> = new Set(['former', 'acting', 'interim', 'elect', 'designate']);

/**
 * Whether token `k` is a word that qualifies an office ("State", "National", "General") standing between
 * two words that are no titles, inside a name: "Golden State Warriors", "Penn State Nittany Lions" (not
 * "State Secretary", "Conservative David Davis" at the start of the run).
 */
function inNamedWords(tokens: readonly Token[], k: number, first: number): boolean {
  const lower = tokens[k]?.lower ?? '';
  if (k === first || OFFICES.has(lower) || HONORIFICS.has(lower) || !TITLE_WORDS.has(lower) || TENURE.has(lower)) return false;
  const before = tokens[k - 1]?.lower ?? '';
  const after = tokens[k + 1]?.lower ?? '';
  // TITLE_WORDS holds the honorifics too.
  return !TITLE_WORDS.has(before) && !TITLE_WORDS.has(after);
}

/**
 * Whether a run of names is an event's, a thing's or a place's, whose words that could be a title or a
 * nationality belong to it ("Australian Open", "World Cup", "Olympic Stadium"): its last word is such a
 * head, and no honorific, office or given name stands before it, as before a person whose surname is
 * one ("Mr Park", "Foreign Minister Park", "Canadian Tom Hill"), nor a word of tenure ("Former Downing Street").
 */
function thingNamed(tokens: readonly Token[], range: TokenRange): boolean {
  const head = tokens[range.last]?.lower ?? '';
  if (range.last === range.first || !(OTHER_HEADS.has(head) || PLACE_HEADS.has(head))) return false;
  for (let k = range.first; k < range.last; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (HONORIFICS.has(lower) || OFFICES.has(lower) || TENURE.has(lower) || givenName(lower) !== undefined) return false;
  }
  return true;
}

function trimmedTitles(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  if (thingNamed(tokens, range)) return range;
  // "Liberal Democrat": a party's whole name keeps the word that elsewhere is a title's ("Liberal MP").
  if (PARTIES.has(tokens.slice(range.first, range.last + 1).map((t) => t.lower).join(' '))) return range;
  // "Mr King", "Mrs Bishop": the title word right after such an honorific is a surname.
  if (range.last > range.first && surnameAfterHonorific(tokens[range.last - 1]?.lower ?? '', tokens[range.last]?.lower ?? '')) return { first: range.last, last: range.last };
  // "UK Chancellor", "Labour MP": a phrase that ends in an office names no one — unless a given name
  // shows the office word is a surname ("Martin Luther King", "Stephen King").
  if (OFFICES.has(tokens[range.last]?.lower ?? '')) {
    for (let k = range.first; k < range.last; k++) if (givenName(tokens[k]?.lower ?? '') !== undefined) return { first: k, last: range.last };
    return null;
  }
  let first = range.first;
  for (let k = range.last - 1; k >= range.first; k--) {
    const lower = tokens[k]?.lower ?? '';
    if (inNamedWords(tokens, k, range.first)) continue;
    if (TITLE_WORDS.has(lower) || HONORIFICS.has(lower)) {
      first = k + 1;
      break;
    }
  }
  // "Canadian Heather Hennigar": a nationality before a name is not part of it.
  while (first < range.last && countriesByDemonym(tokens[first]?.lower ?? '').length > 0) first++;
  const only = tokens[first];
  // A party's name alone is a name, though it may also stand before one as a title ("Labour lost", "Labour MP").
  if (first === range.last && only && TITLE_WORDS.has(only.lower) && !PARTIES.has(only.lower)) return null;
  return { first, last: range.last };
}

function isOrganization(tokens: readonly Token[], range: TokenRange, doc: Doc): boolean {
  const head = tokens[headIndex(tokens, range)] as Token;
  if (ORG_WORDS.has(head.lower)) return true;
  const text = doc.text.slice(head.start, head.end);
  // An acronym is a body's ("the BBC said"), unless it is an office written in capitals ("the MEP", "the DJ").
  return head.pos === 'PROPN' && /^[A-Z]{2,6}$/.test(text) && !OFFICES.has(head.lower);
}

/** Builds a mention from a token range: its kind, type, name span and descriptors. */
export function mentionFrom(doc: Doc, range: TokenRange, extraDescriptors: readonly string[] = []): Mention {
  const tokens = doc.tokens;
  const first = tokens[range.first] as Token;
  const last = tokens[range.last] as Token;
  const descriptors: string[] = [];
  if (range.first === range.last && first.pos === 'PRON') {
    for (const d of extraDescriptors) descriptors.push(d);
    return makeMention(first.start, last.end, 'pronoun', first.lower === 'it' ? 'organization' : 'person', null, descriptors);
  }
  const type = isOrganization(tokens, range, doc) ? 'organization' : 'person';
  const name = nameRange(tokens, range, type === 'organization', doc.text);
  for (let k = range.first; k <= range.last; k++) {
    if (name && k >= name.first && k <= name.last) continue;
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') descriptors.push(t.lower);
  }
  for (const d of extraDescriptors) descriptors.push(d);
  if (!name) return makeMention(first.start, last.end, 'nominal', type, null, descriptors);
  const nameSpan = { start: (tokens[name.first] as Token).start, end: (tokens[name.last] as Token).end };
  return makeMention(first.start, last.end, 'name', type, nameSpan, descriptors);
}

/** A mention with nothing resolved yet. Every mention is built here, with the same fields in the same order, which keeps property access fast. */
export function makeMention(start: number, end: number, kind: Mention['kind'], type: Mention['type'], name: Mention['name'], descriptors: string[]): Mention {
  return { start, end, kind, type, name, descriptors, sure: false, ref: null, country: null, entity: null, antecedent: null };
}
