/**
 * Who "I" is, from the names others call them by. Two constructions of spoken English:
 * - a call that ends a turn gives the floor to the one called: a line ending in "Miss Berg?" or
 *   "Alright, Mr. Obel, please proceed." is followed by a turn of Berg's or Obel's (a hearing's roll,
 *   a chair giving the floor), so that turn's "I" is theirs;
 * - in a story told in the first person, the name the other characters address the narrator by
 *   ("“Robert,” my mom says") is the narrator's, when the narrator speaks in the dialogue ("I say") and no
 *   one of that name is a speaker named in the third person.
 * Read only for an article with an "I" speaker outside quotation marks (narrator.ts).
 */
import type { Doc, Mention, QuotedSpan, Token } from '../../doc/document.js';
import { tokenAtOrAfter, tokensIn } from '../../text/token-index.js';
import narration from '../../lexicon/narration.json' with { type: 'json' };
import { opensLine } from './labels.js';
import { givenName } from '../../lexicon/names.js';

/** Words after "Name," that make it a call giving the floor ("Mr. Obel, please proceed"). */
const AFTER_CALL: ReadonlySet<string> = new Set(narration.afterCall);
/** Words that may come before an addressed name in a quotation ("Hey Ginny,"). */
const GREETINGS: ReadonlySet<string> = new Set(narration.greetings);
/** First-person singular pronouns that may be a quote's speaker. */
const FIRST_SINGULAR: ReadonlySet<string> = new Set(['i', 'me']);

/** The index of the first token after the sentence of token `k`, or the token count. */
function afterSentence(tokens: readonly Token[], k: number): number {
  const sentence = (tokens[k] as Token).sentence;
  let j = k + 1;
  while (j < tokens.length && (tokens[j] as Token).sentence === sentence) j++;
  return j;
}

/**
 * The first token of the turn a call gives the floor to, or null when the name at tokens `first`..
 * `last` is no call ending its line: the name opens its sentence or follows a comma ("Alright, Mr.
 * Obel"), and is followed by "?" that ends the sentence, or by a comma and a word of calling ("please",
 * "proceed", "go ahead"); the sentence ends the line, and the next line is the called one's turn.
 */
export function calledTurn(doc: Doc, first: number, last: number): number | null {
  const tokens = doc.tokens;
  const before = tokens[first - 1];
  if (before !== undefined && before.sentence === (tokens[first] as Token).sentence && before.lower !== ',') return null;
  const next = tokens[last + 1]?.lower;
  let end: number;
  if (next === '?') end = last + 2;
  else if (next === ',' && AFTER_CALL.has(tokens[last + 2]?.lower ?? '')) end = afterSentence(tokens, last + 2);
  else return null;
  if (end >= tokens.length || (tokens[end] as Token).sentence === (tokens[last] as Token).sentence) return null;
  return opensLine(doc, end) ? end : null;
}

/** Whether a mention is "I" or "me" (two letters at most: every he, his and her is cut short here). */
export function firstSingular(doc: Doc, m: Mention | null): boolean {
  return m !== null && m.end - m.start <= 2 && FIRST_SINGULAR.has(doc.slice(m).toLowerCase());
}

/**
 * The name the characters of a first-person story call the narrator by: the name most often addressed
 * at the opening of a quotation whose speaker is not "I" ("“Robert,” my mom says", "“Hey Robert, …”"),
 * when "I" speaks some quotation of the dialogue and the name speaks none under it. `who` gives the
 * entity (or a key standing for it) of a name mention, `person` whether its entity is a person.
 */
export function addressedNarrator(doc: Doc, who: (m: Mention) => unknown, person: (m: Mention) => boolean): Mention | undefined {
  const names = new Map<number, Mention>();
  for (const m of doc.mentions) if (m.kind === 'name' && !names.has(m.start) && person(m)) names.set(m.start, m);
  const quotedAt = new Map<number, QuotedSpan>();
  for (const q of doc.quoted) quotedAt.set(q.start, q);
  let narratorSpeaks = false;
  const speakers = new Set<unknown>();
  const addressed = new Map<unknown, { mention: Mention; count: number }>();
  for (const quote of doc.quotes) {
    if (firstSingular(doc, quote.speaker)) {
      narratorSpeaks = true;
      // "I" may be carried over from a paragraph before; a quotation whose own paragraph says "I said"
      // is the narrator's, and calls another.
      const speaker = quote.speaker as Mention;
      if (speaker.end > quote.start || doc.text.lastIndexOf('\n', quote.start) < speaker.end) continue;
    }
    if (quote.speaker?.kind === 'name') speakers.add(who(quote.speaker));
    const opening = quotedAt.get(quote.spans[0]?.start ?? -1);
    const range = opening === undefined ? null : tokensIn(doc.tokens, opening.inner);
    if (range === null) continue;
    let k = range.first;
    while (k < range.last && GREETINGS.has((doc.tokens[k] as Token).lower)) k++;
    const name = names.get((doc.tokens[k] as Token).start);
    // A name one calls a person by opens with a given name ("Robert", not "Uhhh" nor "Spencer's").
    if (name === undefined || givenName((doc.tokens[tokenAtOrAfter(doc.tokens, (name.name ?? name).start)] as Token).lower) === undefined) continue;
    const after = tokenAtOrAfter(doc.tokens, name.end);
    // Addressed: the name stands alone before a comma or fills the quotation ("“Robert,” she says").
    if (after <= range.last && doc.tokens[after]?.lower !== ',') continue;
    const key = who(name);
    const seen = addressed.get(key);
    if (seen === undefined) addressed.set(key, { mention: name, count: 1 });
    else seen.count++;
  }
  if (!narratorSpeaks) return undefined;
  let best: { mention: Mention; count: number } | undefined;
  for (const [key, found] of addressed) if (!speakers.has(key) && (best === undefined || found.count > best.count)) best = found;
  return best?.mention;
}
