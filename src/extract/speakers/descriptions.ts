/**
 * What a description names, for speaker resolution: a party ("the party"), a body by its common noun
 * ("the company", "the watchdog"), the owner or author of what it issued ("Velcor's statement", "the
 * report by the commission"), and whether an office was last held by someone unnamed ("a spokesperson …
 * the spokesperson").
 */
import type { Doc, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { isJoiningHyphen } from '../../text/split.js';
import type { Group } from './groups.js';
import { ISSUED_NOUNS, OFFICES, POSSESSIVE_MARKS, TITLE_WORDS } from '../../lexicon/words.js';
import { BODY_HEADS, COMPANY_NOUNS_BEFORE, MEDIA, PARTIES, PRESS_HEADS, PRESS_NOUNS, PUBLIC_HEADS } from '../../lexicon/names.js';
import { countriesByDemonym } from '../../lexicon/places.js';

/** Modifiers that make another office of the one they modify ("shadow chancellor", "former minister"). */
export const OFFICE_CHANGERS: ReadonlySet<string> = new Set(['shadow', 'former', 'deputy', 'vice', 'acting', 'interim', 'junior', 'assistant', 'ex']);

/** Whether an entity is a party: one the lexicon names ("Labour", "Labour Party") or an organisation named "… Party". */
export function isParty(group: Group): boolean {
  const name = group.entity.name.toLowerCase();
  if (group.entity.type !== 'organization') return false;
  return PARTIES.has(name) || name.endsWith(' party') || PARTIES.has(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * Whether a body's common noun ("the company", "the paper", "the agency") may name an entity: an
 * organisation (not a lone word typed by a guess, "Looking", which may be anything), not a government
 * or a party; a paper for a paper's noun; no court, ministry or commission for the others, unless the
 * noun is the body's own head ("the agency"); of the country its demonyms name, when the body's is known.
 */
export function bodyFor(noun: string, group: Group, demonyms: readonly string[] = []): boolean {
  const entity = group.entity;
  if (entity.type !== 'organization' || (entity.kbId?.startsWith('gov/') ?? false) || isParty(group)) return false;
  // "the Australian firm": not a body the article places in another country ("the German carmaker Velmo").
  if (demonyms.length > 0 && placedElsewhere(group, demonyms)) return false;
  const name = entity.name.toLowerCase();
  // The head of "Court of Appeal" is "court"; of "Velder Holdings", "holdings".
  const of = name.indexOf(' of ');
  const before = of === -1 ? name : name.slice(0, of);
  const last = before.slice(before.lastIndexOf(' ') + 1);
  // "US magazine Mobile PC … the magazine said": a paper the article called one counts as one.
  if (PRESS_NOUNS.has(noun)) return MEDIA.has(name) || PRESS_HEADS.has(last) || [...PRESS_NOUNS].some((n) => group.descriptors.has(n));
  // "the German company" is no association, federation or institute ("Global Mobile Suppliers
  // Association"): a body named by its remit is not a firm; "the group" may be either.
  if (COMPANY_NOUNS_BEFORE.has(noun) && noun !== 'group' && BODY_HEADS.has(last) && last !== noun) return false;
  return !PUBLIC_HEADS.has(last) || last === noun;
}

/** Whether the article places a body (by its country, or a demonym before its name) in no country of `demonyms`. */
export function placedElsewhere(group: Group, demonyms: readonly string[]): boolean {
  const entity = group.entity;
  const placed = new Set([entity.country, ...entity.mentions.flatMap((m) => [m.country, ...m.descriptors.flatMap((d) => countriesByDemonym(d).map((c) => c.iso3))])]);
  placed.delete(null);
  return placed.size > 0 && demonyms.some((d) => !countriesByDemonym(d).some((c) => placed.has(c.iso3)));
}

/** Whether every word is a demonym ("the Australian firm": a body's noun that still names the body in view). */
export function demonymsOnly(words: readonly string[]): boolean {
  return words.every((w) => countriesByDemonym(w).length > 0);
}

/**
 * Whether the noun after a name or its "'s" (past adjectives) is one the name issued ("Velcor's latest
 * statement", "the NAO report", "a CAS statement"), within the speaker.
 */
export function issuedBy(doc: Doc, name: Span, speaker: Span): boolean {
  // "a South Korean parliamentary report": a demonym says whose country, not who issued it.
  if (countriesByDemonym(doc.slice(name)).length > 0) return false;
  let k = tokenAtOrAfter(doc.tokens, name.end);
  if (POSSESSIVE_MARKS.has(doc.tokens[k]?.lower ?? '')) k++;
  while (doc.tokens[k]?.pos === 'ADJ') k++;
  const head = doc.tokens[k];
  return head !== undefined && head.end <= speaker.end && ISSUED_NOUNS.has(head.lower);
}

/** Participles between a thing issued and its author ("the leaflet published jointly by …"). */
const ISSUING = new Set(['published', 'issued', 'written', 'released', 'produced', 'prepared', 'compiled', 'signed', 'sent', 'posted']);

/** How many tokens an author's phrase may span ("UK-based research consultancy Analysys"). */
const AUTHOR_REACH = 10;

/**
 * The phrase naming the author of a thing issued, when the description goes on to name it by "by"
 * ("the report by the Velder Commission said", "a leaflet published jointly by the agency said", "a
 * report by UK-based consultancy Analysys"): from after "by" to the first verb, comma or preposition
 * that ends it, or null. Two authors ("by the CPS and ACPO") give null: one speaker record holds one.
 * The author is the name that ends the phrase: "by US researchers" names no author.
 */
export function authorAfter(doc: Doc, speaker: Span): Span | null {
  const tokens = doc.tokens;
  const by = byAfter(doc, speaker);
  const head = tokens[tokenAtOrAfter(tokens, speaker.end) - 1];
  if (by === -1 || head === undefined) return null;
  const first = by + 1;
  let last = first;
  while (last + 1 < tokens.length && last + 1 - first < AUTHOR_REACH && inAuthor(tokens, last + 1, head.sentence)) last++;
  // "by the Crown Prosecution Service (CPS) and …": an acronym in brackets before a second author.
  let next = last + 1;
  if (tokens[next]?.lower === '(' && tokens[next + 2]?.lower === ')') next += 3;
  const after = tokens[next]?.lower;
  if (!inAuthor(tokens, first, head.sentence) || after === 'and' || after === '&') return null;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * The token "by" that names who issued a thing ("the report by …", "the leaflet published jointly by …"),
 * right after a description whose head is a thing issued; or -1.
 */
export function byAfter(doc: Doc, speaker: Span): number {
  const tokens = doc.tokens;
  let k = tokenAtOrAfter(tokens, speaker.end);
  if (!ISSUED_NOUNS.has(tokens[k - 1]?.lower ?? '')) return -1;
  if (ISSUING.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.pos === 'ADV' && tokens[k]?.lower.endsWith('ly')) k++;
  return tokens[k]?.lower === 'by' ? k : -1;
}

/** Whether token `k` goes on an author's phrase: a word of a name or its description, not a verb unless glued ("UK-based"). */
function inAuthor(tokens: readonly Token[], k: number, sentence: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.sentence !== sentence) return false;
  // "UK-based", "think-tank": words a hyphen joins, and the hyphen.
  if (isJoiningHyphen(tokens, k) || isJoiningHyphen(tokens, k - 1) || isJoiningHyphen(tokens, k + 1)) return true;
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.lower === 'of';
}

/** How many tokens back heldUnnamed looks: a sentence or two of news, and a bound in a text of one endless sentence. */
const UNNAMED_REACH = 80;
const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Words that introduce someone new by a description ("a Delta spokesperson", "the minister's spokesman"). */
const INTRODUCING = new Set(['a', 'an', 'another', "'s", '’s']);

/**
 * Whether the office a description names ("the spokesperson") was held in this sentence or the one
 * before by someone unnamed and introduced so ("A Delta spokesperson confirmed … The spokesperson also
 * confirmed", "the minister's spokesman was asked … The spokesman said"): its word as a noun outside
 * quotation marks, not a title before a name ("spokesman Tom Reed"), not another office ("a shadow
 * chancellor"), not an earlier "the doctor" (the same description, whoever it stands for).
 */
export function heldUnnamed(doc: Doc, speaker: Span, head: string, modifiers: readonly string[], quotedAt: (offset: number) => boolean): boolean {
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(tokens, speaker.start);
  const sentence = (tokens[first] as Token).sentence;
  for (let k = first - 1; k >= 0 && first - k <= UNNAMED_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.sentence < sentence - 1) break;
    if (t.lower !== head || t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'PROPN' || quotedAt(t.start)) continue;
    const before = tokens[k - 1]?.lower ?? '';
    if (OFFICE_CHANGERS.has(before) || (TITLE_WORDS.has(before) && !modifiers.includes(before))) continue;
    let j = k - 1;
    while (j > 0 && MODIFIER_TAGS.has((tokens[j] as Token).pos)) j--;
    if (INTRODUCING.has(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

/** The words a title before a name is made of: "Opposition leader", "the party's Holyrood leader". */
const TITLE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'DET', 'PART']);
/** Spokesmen's offices: a shadow minister is the party's spokesman ("shadow foreign secretary … the Tory spokesman"). */
const SPOKESMEN = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/**
 * Whether a title before one of a person's names makes the person something other than `head`
 * ("Opposition leader Maria Berg said"): the title's last word, a noun or an office, is another; not
 * "a spokesman for Michael Howard", which is someone else's title.
 */
export function titledOtherwise(doc: Doc, group: Group, head: string): boolean {
  const tokens = doc.tokens;
  for (const m of group.entity.mentions) {
    if (m.kind !== 'name' || m.name === null || m.name.start === m.start) continue;
    let k = tokenAtOrAfter(tokens, m.start);
    let shadow = false;
    for (; k < tokens.length && (tokens[k] as Token).start < m.name.start && TITLE_TAGS.has((tokens[k] as Token).pos); k++) {
      if ((tokens[k] as Token).lower === 'shadow') shadow = true;
    }
    const title = tokens[k - 1];
    if (tokens[k]?.start !== m.name.start || title === undefined || title.start < m.start) continue;
    if ((title.pos === 'NOUN' || OFFICES.has(title.lower)) && title.lower !== head && !(shadow && SPOKESMEN.has(head))) return true;
  }
  return false;
}
