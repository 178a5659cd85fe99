/**
 * Stage: name mentions — runs of proper nouns ("Dutch Foreign Minister Anna Berg", "Ministry of
 * Defence", "the Kremlin") with their titles and appositions as descriptors. A first pass that the
 * entity issue deepens (countries, places, a knowledge base).
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { COMPASS, OFFICES, POSTNOMINALS, RELATIONS, TIME_WORDS, TITLE_WORDS } from '../../lexicon/words.js';
import type { Stage } from '../../pipeline/stage.js';
import { mentionFrom, phraseEndingAt } from '../speakers/noun-phrase.js';
import { turnLabel } from '../speakers/labels.js';
import { withPlaceOpenings } from './place-openings.js';
import { joinedAfter, partners, possessiveInside } from './name-links.js';
import { isPrefixedWord } from '../../text/split.js';
import { knownWords } from '../../text/02-tokens.js';
import { wordTags } from '../../lexicon/pos.js';
import { tokenAtOrAfter, tokenBefore, tokensIn } from '../../text/token-index.js';
import { CLAUSE_OPENING_MARKS, headlineSentences, isTitleCase } from '../../text/headlines.js';
import { OTHER_HEADS, PARTIES, givenName } from '../../lexicon/names.js';
import { countriesByDemonym, placesByName } from '../../lexicon/places.js';
import { organizationByName } from '../../kb/knowledge-base.js';
import { monthSurnames } from '../../text/month-surnames.js';
import { seatBeforeTitle } from './seat-before-title.js';


const CONNECTORS = new Set(['of', 'for', 'the']);

// Whether a lower-cased word has a letter of two cases ("&", "1980" and "-" have none): an ASCII
// letter says so at once, else the upper-cased word holds a capital.
function hasCasedLetter(lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const code = lower.charCodeAt(k);
    if (code >= 97 && code <= 122) return true;
  }
  return /\p{Lu}/u.test(lower.toUpperCase());
}

/**
 * Whether a preposition in title case stands between the first and last words of a name ("Reporters
 * Without Borders"; not "of" in "Joan of Arc"): the name of a body or a work, never a person's.
 */
export function innerPreposition(doc: Doc, inside: { first: number; last: number }): boolean {
  for (let k = inside.first + 1; k < inside.last; k++) {
    const t = doc.tokens[k] as Token;
    if (t.pos === 'ADP' && isTitleCase(doc.text, t)) return true;
  }
  return false;
}

function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'PROPN' && hasCasedLetter(t.lower) && !TIME_WORDS.has(t.lower);
}

// Words that open a name without being a given name ("Abu Bakr", "Ibn Saud", "St John").
const NAME_OPENERS = new Set(['abu', 'umm', 'ibn', 'bin', 'bint', 'al', 'el', 'mac', 'mc', 'st', 'st.', 'san', 'santa', 'saint', 'sao', 'são']);

/**
 * The token of a given name inside a run that does not start with one ("New Yorker William Trowbridge"
 * → "William"), when one or two ordinary capitalised words precede it and a surname follows; else `i`.
 */
function givenNameAfter(tokens: readonly Token[], i: number, last: number): number {
  for (let k = i + 1; k <= Math.min(i + 2, last - 1); k++) {
    if (givenName((tokens[k] as Token).lower) === undefined) continue;
    const before = tokens.slice(i, k);
    const plain = before.every((t) => t.pos === 'PROPN' && t.end - t.start > 2 && givenName(t.lower) === undefined && !TITLE_WORDS.has(t.lower) && !NAME_OPENERS.has(t.lower));
    // "Los Angeles Times": a given name that closes a place's name with the words before it is the place's.
    if (plain && placesByName(tokens.slice(i, k + 1).map((t) => t.lower).join(' ')).length > 0) return i;
    // Only the first given name decides: "Martin Luther King" starts with one, so nothing goes.
    return plain ? k : i;
  }
  return i;
}

// Possessives before a noun of kin or friendship ("my friend", "Ola's sister").
const OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'your', "'s", '’s']);

/**
 * Whether a word is a noun of kin or friendship that someone's possessive opens: "my friend Tavi", "his
 * sister Ona", "Berg's wife Lis" put the name in apposition to a person ("a friend Tavi" does not).
 */
function relationBefore(tokens: readonly Token[], prev: Token, i: number): boolean {
  return RELATIONS.has(prev.lower) && OWNERS.has(tokenBefore(tokens, i, 2)?.lower ?? '');
}

/** The common noun right before token i in its sentence ("spokesman" of "spokesman Mike Lake"), if there is one. */
export function nounBefore(tokens: readonly Token[], i: number): Token | undefined {
  const prev = tokenBefore(tokens, i, 1);
  return prev !== undefined && prev.pos === 'NOUN' && prev.sentence === tokens[i]?.sentence ? prev : undefined;
}

/** A lower-case title right before a name: "midfielder Guti", "rapper Eminem", "home secretary Charles Clarke", "my friend Tavi". */
function titleBefore(tokens: readonly Token[], i: number, last: number): string[] {
  const prev = nounBefore(tokens, i);
  if (last !== i || !prev) return [];
  if (!OFFICES.has(prev.lower) && !relationBefore(tokens, prev, i)) return [];
  const word = tokens[i]?.lower ?? '';
  // Only before a lone word that nothing else types: "singer Usher", not "star Wars" or "the English".
  if (OTHER_HEADS.has(word) || countriesByDemonym(word).length > 0 || placesByName(word).length > 0) return [];
  return [prev.lower];
}

/**
 * Descriptors from a title in apposition before a name: "Valdoria's culture minister, Tomas Erdei,".
 * A title that is itself in apposition after a name describes that name, and the name after it is
 * where the title is held: "Robbie Ash, senior vice president, Kelvar Systems" (Kelvar is no person).
 */
function appositionBefore(tokens: readonly Token[], i: number): string[] {
  if (tokenBefore(tokens, i, 1)?.lower !== ',' || !OFFICES.has(tokenBefore(tokens, i, 2)?.lower ?? '')) return [];
  const phrase = phraseEndingAt(tokens, i - 2);
  if (phrase !== null && tokens[phrase.first - 1]?.lower === ',' && tokens[phrase.first - 2]?.pos === 'PROPN') return [];
  return describing(tokens, phrase);
}

/** The describing words of a phrase: its nouns, adjectives and titles, lower-cased. */
function describing(tokens: readonly Token[], range: { first: number; last: number } | null): string[] {
  const out: string[] = [];
  for (let k = range?.first ?? 0; range && k <= range.last; k++) {
    const w = tokens[k] as Token;
    if (w.pos === 'NOUN' || w.pos === 'ADJ' || TITLE_WORDS.has(w.lower)) out.push(w.lower);
  }
  return out;
}

/** Descriptors from an apposition after a name: "Anna Berg, the Dutch foreign minister,". */
function appositionAfter(doc: Doc, k: number): string[] {
  const tokens = doc.tokens;
  if (tokens[k]?.lower !== ',' || tokens[k + 1]?.pos !== 'DET') return [];
  for (let j = k + 2; j < tokens.length && j - k < 10; j++) {
    const t = tokens[j] as Token;
    if (t.lower === ',' || t.lower === '.') return describing(tokens, phraseEndingAt(tokens, j - 1));
  }
  return [];
}

/**
 * The tokens of title-case headlines that are ordinary English words ("Says", "Will"): capitalised
 * there, but no names.
 */
function headlineWords(doc: Doc): Set<Token> {
  // A headline has no full stop; a title-case line that has one is a list of names ("A Persico (Agen), ..."),
  // but a line in capitals is shouted whatever ends it ("SOCCER - JAPAN GET LUCKY WIN .").
  const headlines = new Set(headlineSentences(doc.text, doc.tokens));
  for (const s of headlines) {
    const line = doc.slice(doc.sentences[s] ?? { start: 0, end: 0 });
    if (/[.!?]["”’']?\s*$/.test(line) && /\p{Ll}/u.test(line)) headlines.delete(s);
  }
  const out = new Set<Token>();
  if (headlines.size === 0) return out;
  const inHeadlines = doc.tokens.filter((t) => headlines.has(t.sentence) && /^\p{L}+$/u.test(t.lower));
  const doubtful = inHeadlines.filter((t) => givenName(t.lower) === undefined && placesByName(t.lower).length === 0 && organizationByName(t.lower) === undefined);
  // A word the article capitalises inside its other sentences is a name there too ("Trump").
  const named = new Set<string>();
  doc.tokens.forEach((t, i) => {
    if (!headlines.has(t.sentence) && t.pos === 'PROPN' && !opens(doc.tokens, i)) named.add(t.lower);
  });
  const known = knownWords([...new Set(doubtful.map((t) => t.lower))]);
  for (const t of doubtful) if (known.has(t.lower) && !named.has(t.lower) && !inPlaceName(doc.tokens, t) && !closingSurname(doc, t)) out.add(t);
  return out;
}

/**
 * Whether a word in title case ends a name after a given name, before a number or a mark ("Patrick
 * Rafter (Australia) beat …", "Lee Westwood 66 71", "Byron Black,"): in a table or a list that looks
 * like a headline, the word is a surname. In a headline more words follow ("Anna Wins Gold", "Caring
 * for Basil Harvesting and Using Basil").
 */
function closingSurname(doc: Doc, t: Token): boolean {
  const k = tokenAtOrAfter(doc.tokens, t.start);
  const prev = tokenBefore(doc.tokens, k, 1);
  if (prev === undefined || prev.sentence !== t.sentence || !isTitleCase(doc.text, prev) || givenName(prev.lower) === undefined || !isTitleCase(doc.text, t)) return false;
  const next = doc.tokens[k + 1];
  return next === undefined || next.sentence !== t.sentence || next.pos === 'NUM' || next.pos === 'PUNCT';
}

/** Whether a word and the one before or after it name a place ("NEW YORK", "SAN FRANCISCO"). */
function inPlaceName(tokens: readonly Token[], t: Token): boolean {
  const k = tokenAtOrAfter(tokens, t.start);
  const next = tokens[k + 1];
  const prev = tokenBefore(tokens, k, 1);
  return (next !== undefined && next.sentence === t.sentence && placesByName(`${t.lower} ${next.lower}`).length > 0) ||
    (prev !== undefined && prev.sentence === t.sentence && placesByName(`${prev.lower} ${t.lower}`).length > 0);
}

/** Whether token `k` is written onto a dollar sign after it ("US$", "HK$", "NZ$"). */
function currencyPrefix(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.lower === '$' && next.start === (tokens[k] as Token).end;
}

/** Finds the name mentions of a document. */
export function findNames(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const mentions: Mention[] = [];
  const headline = headlineWords(doc);
  // "Theresa May", "Mrs May", "May said": a surname that is a month's name (text/month-surnames.ts).
  const months = monthSurnames(doc.text, tokens);
  const isName = (t: Token | undefined): boolean => (isNameToken(t) || months.has(t as Token)) && !headline.has(t as Token);
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i])) continue;
    let last = i;
    // "Ministry of Defence", "Bank of England": a connector joins two capitalised runs.
    for (;;) {
      while (isName(tokens[last + 1]) && tokens[last + 1]?.sentence === tokens[i]?.sentence) last++;
      const joined = joinedAfter(doc, i, last, isName);
      if (joined === -1) break;
      last = joined;
    }
    // "Q: …", "A: …" opening a line label a transcript's turn: no name.
    if (i === last && turnLabel(doc, i) !== null) continue;
    // "US$300 million", "HK$5": a country's initials written onto a currency's sign name its dollar, not the country.
    if (i === last && currencyPrefix(tokens, last)) continue;
    // "Guy Mansfield QC", "Douglas Fairbanks Jr": letters after a name are not part of it, nor a name of their own.
    const end = last;
    while (last > i && POSTNOMINALS.has(tokens[last]?.lower ?? '')) last--;
    // "New Yorker William Trowbridge", "Texan Michael Chicoine": words before a given name and a surname describe.
    const given = givenNameAfter(tokens, i, last);
    if (given > i) {
      const about = tokens.slice(i, given).map((t) => t.lower);
      const mention = mentionFrom(doc, { first: given, last }, about.concat(appositionAfter(doc, last + 1)));
      i = end;
      if (mention.kind === 'name') mentions.push(mention);
      continue;
    }
    // Joined by concat, not spread: spreading an empty list, then a list of words, deoptimised this function.
    const extra = titleBefore(tokens, i, last).concat(appositionBefore(tokens, i), appositionAfter(doc, last + 1));
    const mention = mentionFrom(doc, { first: i, last }, extra);
    // "Reporters Without Borders", "Ernst & Young": the name is the whole run, not the words after its preposition or ampersand.
    const whole = mention.kind === 'name' && last > i + 1 && (innerPreposition(doc, { first: i, last }) || partners(tokens, i, last));
    // "McDonald's", "National Farmers' Union": a possessive that name-links joined is inside the name, no owner of what follows.
    if (whole || possessiveInside(tokens, i, last)) {
      mention.kind = 'name';
      mention.name = { start: (tokens[i] as Token).start, end: (tokens[last] as Token).end };
    }
    // "U.S. President Bill Clinton": the office's seat is a name of its own.
    const seat = whole || !mention.name || mention.name.start === (tokens[i] as Token).start ? -1 : seatBeforeTitle(doc, i, tokenAtOrAfter(tokens, mention.name.start) - 1);
    if (seat !== -1) {
      const place = mentionFrom(doc, { first: i, last: seat });
      if (place.kind === 'name') mentions.push(place);
      // The person keeps the seat among the words about them, as before ("Dutch Foreign Minister" tells a country).
      const held = mentionFrom(doc, { first: seat + 1, last }, tokens.slice(i, seat + 1).map((t) => t.lower).concat(extra));
      i = end;
      if (held.kind === 'name') mentions.push(held);
      continue;
    }
    i = end;
    if (mention.kind !== 'name') continue;
    mentions.push(mention);
  }
  return withPlaceOpenings(doc, withoutOpeners(doc, mentions.filter((m) => !CONNECTORS.has(doc.slice(m).toLowerCase()))));
}

/** Whether token `i` opens its sentence, or a quotation or parenthesis inside it. */
function opens(tokens: readonly Token[], i: number): boolean {
  const prev = tokenBefore(tokens, i, 1);
  return !prev || prev.sentence !== tokens[i]?.sentence || CLAUSE_OPENING_MARKS.has(prev.lower);
}

/** Whether a name could start at token `k`: a given name, an honorific or a title ("Anna", "Mr", "President"). */
function startsName(t: Token | undefined): boolean {
  return t !== undefined && (givenName(t.lower) !== undefined || TITLE_WORDS.has(t.lower));
}

/**
 * Whether the mention opens with an adverb before a name that is no ordinary word ("Now Roddick", "Then
 * Vodafone", "Eventually Asimo"); not before an ordinary word, which may go on a work's title ("So Solid
 * Crew"), nor in a place's own name ("North Devon").
 */
function adverbBeforeName(doc: Doc, m: Mention, first: number): boolean {
  const next = doc.tokens[first + 1];
  const word = (doc.tokens[first] as Token).lower;
  if (next === undefined || COMPASS.has(word) || wordTags(word)?.usual !== 'ADV') return false;
  const after = wordTags(next.lower)?.usual;
  return (after === undefined || after === 'PROPN') && placesByName(doc.slice(m)).length === 0;
}

/**
 * Drops one-word names that are only capitalised because they open a sentence ("Further", "Plans"),
 * and such a word before a name ("Later Anna Berg"): ordinary English words that the article never
 * capitalises elsewhere and no lexicon knows as a name.
 */
function withoutOpeners(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  const openers = new Map<Mention, { word: string; first: number; last: number }>();
  const inside = new Set<string>();
  for (const m of mentions) {
    const range = tokensIn(tokens, m);
    if (!range) continue;
    for (let k = range.first; k <= range.last; k++) if (!opens(tokens, k)) inside.add((tokens[k] as Token).lower);
    const lone = range.first === range.last;
    if (opens(tokens, range.first) && (lone || startsName(tokens[range.first + 1]) || adverbBeforeName(doc, m, range.first))) openers.set(m, { word: (tokens[range.first] as Token).lower, ...range });
  }
  // Acronyms ("NATO") are never ordinary words.
  for (const [m, o] of openers) if (/^[A-Z]{2,}$/.test(doc.text.slice((tokens[o.first] as Token).start, (tokens[o.first] as Token).end))) openers.delete(m);
  const words = [...openers.values()].map((o) => o.word);
  const doubtful = [...new Set(words)].filter((w) => !inside.has(w) && givenName(w) === undefined && !TITLE_WORDS.has(w) && placesByName(w).length === 0 && organizationByName(w) === undefined && countriesByDemonym(w).length === 0 && !PARTIES.has(w));
  // "Anti-spam firms report": a prefixed word is as ordinary as the word it prefixes.
  const common = knownWords(doubtful.filter((w) => /^\p{L}+$/u.test(w)));
  for (const o of openers.values()) {
    const t = tokens[o.first] as Token;
    if (doubtful.includes(o.word) && isPrefixedWord(doc.text.slice(t.start, t.end))) common.add(o.word);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    const opener = openers.get(m);
    if (!opener || !common.has(opener.word)) out.push(m);
    else if (opener.first < opener.last) out.push(mentionFrom(doc, { first: opener.first + 1, last: opener.last }, m.descriptors));
  }
  return out;
}

/** Marks name mentions. */
export const namesStage: Stage = {
  name: 'names',
  reads: ['tokens'],
  writes: ['mentions'],
  run(doc: Doc) {
    doc.mentions = findNames(doc);
  },
};
