/**
 * Titles of works and names of bands, told by the words around them. A name that fills its quotation
 * marks after a kind of work or a verb that takes one ("starred in "Prisoner Cell Block H"", "the film
 * "Sideways"", "her single "Said No"") is the work's title, and so is a name without quotation marks
 * right after a kind of work ("the drama Vera Drake"), after a role in ("her role in Finding
 * Neverland") or before those who star in or make it ("Vera Drake star Imelda Staunton"): something
 * other than a person, a place or an organisation. A name before a band member's noun and a name
 * ("Franz Ferdinand frontman Alex Kapranos") is the band's, an organisation. A name has one sense in
 * one article: its other mentions follow.
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import type { EntityType } from '../../doc/record.js';
import works from '../../lexicon/works.json' with { type: 'json' };
import { POSSESSIVE_MARKS } from '../../lexicon/words.js';
import { countriesByDemonym } from '../../lexicon/places.js';
import type { Named } from './named.js';
import { tokenBefore } from '../../text/token-index.js';
import { isUpper } from '../../text/headlines.js';
import { knownWords } from '../../text/02-tokens.js';

const WORK_NOUNS: ReadonlySet<string> = new Set(works.nouns);
const WORK_VERBS: ReadonlySet<string> = new Set(works.verbs);
const KINDS_BEFORE: ReadonlySet<string> = new Set(works.before);
const CREDITS_AFTER: ReadonlySet<string> = new Set(works.creditsAfter);
const ROLES: ReadonlySet<string> = new Set(works.roles);
const MEMBERS_AFTER: ReadonlySet<string> = new Set(works.membersAfter);
const OPENING = new Set(['"', '“', "'", '‘', '``']);
const CLOSING = new Set(['"', '”', "'", '’', "''"]);
// What may stand between a verb and its work: "starred in", "appeared on", "sang at".
const LINKS = new Set(['in', 'on', 'at', 'for', 'as', 'to']);

/** Whether the token before the opening mark at `mark` introduces a work. */
function introducesWork(tokens: readonly Token[], mark: number): boolean {
  const before = tokenBefore(tokens, mark, 1);
  if (before === undefined) return false;
  if (WORK_NOUNS.has(before.lower) || WORK_VERBS.has(before.lower)) return true;
  return LINKS.has(before.lower) && WORK_VERBS.has(tokenBefore(tokens, mark, 2)?.lower ?? '');
}

/** Whether a name fills its quotation marks after a word that introduces a work. */
function quotedWork(tokens: readonly Token[], { first, last }: Named): boolean {
  if (!OPENING.has(tokenBefore(tokens, first, 1)?.lower ?? '')) return false;
  // The name fills its marks, perhaps with a full stop or a comma before the closing one.
  const after = tokens[last + 1]?.pos === 'PUNCT' && !CLOSING.has(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
  return CLOSING.has(tokens[after]?.lower ?? '') && introducesWork(tokens, first - 1);
}

/**
 * Whether a noun of `nouns` follows the name ending at `last` ("lead" may stand before it: "lead
 * singer"), and then a name in its sentence: "Vera Drake star Imelda Staunton".
 */
function beforeSomeone(doc: Doc, last: number, nouns: ReadonlySet<string>): boolean {
  const tokens = doc.tokens;
  const k = tokens[last + 1]?.lower === 'lead' ? last + 2 : last + 1;
  const noun = tokens[k];
  const next = tokens[k + 1];
  return noun !== undefined && nouns.has(noun.lower) && next !== undefined && next.pos === 'PROPN' &&
    next.sentence === noun.sentence && isUpper(doc.text.charCodeAt(next.start));
}

/**
 * Whether the kind of work before a name at `first` is the object of a preposition that opens the
 * clause of the name, a subject ("In the film Tom Hanks plays a lawyer").
 */
function subjectAfterPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  let k = first - 2;
  while (k >= 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || POSSESSIVE_MARKS.has(tokens[k]?.lower ?? ''))) k--;
  return tokens[k]?.pos === 'ADP';
}

/** Whether a name is a work's title by the words around it, without quotation marks. */
function workInContext(doc: Doc, { mention, first, last }: Named): boolean {
  const tokens = doc.tokens;
  // "Bernardo Bertolucci's Last Tango": a name that owns the next is not the title; "Mr Blair", a
  // person's name with a title, is no work's.
  if (POSSESSIVE_MARKS.has(tokens[last + 1]?.lower ?? '') || (mention.name !== null && mention.name.start !== mention.start)) return false;
  if (beforeSomeone(doc, last, CREDITS_AFTER)) return true;
  const prev = tokenBefore(tokens, first, 1);
  if (prev === undefined || prev.sentence !== tokens[first]?.sentence) return false;
  // "her role in Vera Drake", "a cameo in Finding Nemo".
  if (prev.lower === 'in' && ROLES.has(tokenBefore(tokens, first, 2)?.lower ?? '')) return true;
  // "the drama Vera Drake", "Foxx's movie Ray": a kind of work, a noun ("will play Andre" is a verb);
  // not before a noun the name modifies ("the blockbuster West End musicals").
  return prev.pos === 'NOUN' && KINDS_BEFORE.has(prev.lower) && tokens[last + 1]?.pos !== 'NOUN' && !subjectAfterPhrase(tokens, first, last);
}

/**
 * Whether a name may be a band's: not a lone English word, which before a singer is a style or a
 * people ("Soul singer Stevie Wonder", "Welsh singer Bryn Terfel", "jazz guitarist"; a band so named,
 * "Blur", keeps its type).
 */
function mayBeBand(doc: Doc, { first, last }: Named): boolean {
  if (first !== last) return true;
  const word = (doc.tokens[first] as Token).lower;
  return countriesByDemonym(word).length === 0 && !knownWords([word]).has(word);
}

/** Gives the type to every mention whose name is one of `names` and that a person's name or a guess may be. */
function retype(doc: Doc, all: readonly Named[], names: ReadonlySet<string>, type: EntityType): void {
  if (names.size === 0) return;
  for (const { mention } of all) if ((mention.type === 'person' || !mention.sure) && names.has(doc.slice(mention.name ?? mention))) asType(mention, type);
}

function asType(mention: Mention, type: EntityType): void {
  mention.type = type;
  mention.sure = true;
  mention.ref = null;
  mention.country = null;
}

/** Types as `other` the names that are titles of works, and as organisations the names of bands. */
export function worksInContext(doc: Doc, names: readonly Named[]): void {
  const titles = new Set<string>();
  const bands = new Set<string>();
  for (const named of names) {
    const m = named.mention;
    const name = doc.slice(m.name ?? m);
    // In quotation marks, whatever its words name elsewhere ("the film "Paris"").
    if (quotedWork(doc.tokens, named)) {
      asType(m, 'other');
      titles.add(name);
    } else if (m.type !== 'person' && m.sure) continue;
    else if (workInContext(doc, named)) titles.add(name);
    else if (m.type === 'person' && mayBeBand(doc, named) && beforeSomeone(doc, named.last, MEMBERS_AFTER)) bands.add(name);
  }
  retype(doc, names, titles, 'other');
  retype(doc, names, bands, 'organization');
}
