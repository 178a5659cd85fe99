/**
 * The speaker phrase before a cue and the descriptions around it: "Hugh Hill, a doctor at the clinic,
 * said", "The group's director, Betty Bradley, said", a stray comma after a speaker named right after
 * a quotation ("Kirsten Pfeifer from the Association, told").
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import { CLOSING_MARKS, isComma } from './content.js';
import { mentionFrom, phraseEndingAt, type TokenRange } from '../speakers/noun-phrase.js';

function descriptorsOf(doc: Doc, range: TokenRange): string[] {
  const out: string[] = [];
  for (let k = range.first; k <= range.last; k++) {
    const t = doc.tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'ADJ') out.push(t.lower);
  }
  return out;
}

export const MAX_APPOSITION = 30;
export const PAIRED_DASHES = new Set(['--', '—', '–']);
const MAX_SEGMENTS = 4;
export const MAX_PARENTHESIS = 8;
const APPOSITION_STOPS = new Set(['.', '!', '?', ':', ';', '"', '“', '”']);

export function findBack(tokens: readonly Token[], from: number, match: (t: Token, k: number) => boolean, limit: number): number | null {
  for (let k = from - 1; k >= 0 && from - k <= limit; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== (tokens[from] as Token).sentence) return null;
    if (match(t, k)) return k;
  }
  return null;
}

// The plain verbs of saying that a stray comma may part from their speaker ("Peter Ainsworth MP, said:";
// not a participle's description, "Szilard Nemeth, recalled in place of Job,").
export const STRAY_COMMA_CUES = new Set(['said', 'says', 'told', 'tells']);

/**
 * Whether a name's phrase ends at token `j` and starts right after a closing quotation mark or at the
 * start of its sentence ('"…," Kirsten Pfeifer from the Association, told'; 'Chairman Peter Ainsworth MP, said:').
 */
export function namedAfterQuotation(tokens: readonly Token[], j: number): boolean {
  const phrase = phraseEndingAt(tokens, j);
  if (phrase === null || !isName(tokens, phrase)) return false;
  for (let k = phrase.first; k <= phrase.last; k++) if (tokens[k]?.pos === 'VERB') return false;
  const before = tokens[phrase.first - 1];
  return before === undefined || before.sentence !== tokens[j]?.sentence || CLOSING_MARKS.has(before.lower);
}

/** The phrase ending at token j, past a parenthesis right after it ("Bobby Scott (D-Va.)"). */
export function phraseBefore(tokens: readonly Token[], j: number): TokenRange | null {
  if (tokens[j]?.lower !== ')') return phraseEndingAt(tokens, j);
  const open = findBack(tokens, j, (t) => t.lower === '(', MAX_PARENTHESIS);
  return open === null ? null : phraseEndingAt(tokens, open - 1);
}

/** Sentence punctuation ends a search for an apposition; an abbreviation's full stop ("R-Ky.,") does not. */
function isStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.lower !== '.') return APPOSITION_STOPS.has(t.lower);
  const next = tokens[k + 1];
  return !isComma(next) && next?.start !== t.end;
}

const MAX_PARENTHETICAL = 3;

/** ", however,", ", for example,", ", in turn,": a short aside, not a description of the speaker. */
function isParenthetical(tokens: readonly Token[], range: TokenRange): boolean {
  if (range.last < range.first || range.last - range.first >= MAX_PARENTHETICAL) return false;
  const words = tokens.slice(range.first, range.last + 1);
  return words.every((t) => t.pos === 'ADV') || (words[0]?.pos === 'ADP' && words.every((t) => t.pos !== 'PROPN'));
}

export function isName(tokens: readonly Token[], range: TokenRange): boolean {
  return tokens[range.last]?.pos === 'PROPN';
}

/**
 * A speaker followed by comma-enclosed descriptions before the cue: "Hugh Hill, a doctor at the
 * clinic, said", "Marley Anderson, 21, a student, said", "Berg, who chairs the panel, said",
 * "The group's director, Betty Bradley, said", "Proponents of the bill, however, say".
 */
export function appositive(doc: Doc, comma: number): { mention: Mention; first: number } | null {
  const tokens = doc.tokens;
  let close = comma;
  const descriptors: string[] = [];
  for (let segment = 0; segment < MAX_SEGMENTS; segment++) {
    const open = findBack(tokens, close, (t, k) => isComma(t) || isStop(tokens, k), MAX_APPOSITION);
    if (open === null || !isComma(tokens[open])) return null;
    const inside = { first: open + 1, last: close - 1 };
    const before = phraseBefore(tokens, open - 1);
    if (segment === 0 && inside.first <= inside.last) {
      if (isParenthetical(tokens, inside) && before) return { mention: mentionFrom(doc, before), first: before.first };
      // The description comes first and the name inside the commas.
      const named = phraseEndingAt(tokens, inside.last);
      if (named && named.first === inside.first && isName(tokens, named) && before && !isName(tokens, before)) {
        return { mention: mentionFrom(doc, named, descriptorsOf(doc, before)), first: before.first };
      }
    }
    descriptors.push(...descriptorsOf(doc, inside));
    // "Tom Reyes, from Velder Labs, one of the pioneers, said": a name after a preposition that opens
    // its own segment describes the speaker before it.
    const described = before !== null && tokens[before.first - 1]?.pos === 'ADP' && isComma(tokens[before.first - 2]);
    if (before && isName(tokens, before) && !described) {
      return { mention: mentionFrom(doc, before, descriptors), first: before.first };
    }
    close = open;
  }
  return null;
}

/** Words that open a description of someone just named: "a trainee vicar", "the widow of …", "his son". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/**
 * The name a relative pronoun stands for when a description set off by commas lies between them:
 * "Courtney Love, the widow of Nirvana frontman Kurt Cobain, who said" is Courtney Love's, not Cobain's,
 * and "his son Nick, a trainee vicar, who praised" Nick's; `comma` is the comma before the pronoun.
 * Null when no such description closes there ("Kurt Cobain, who said").
 */
export function namedBeforeDescription(tokens: readonly Token[], comma: number): TokenRange | null {
  if (!isComma(tokens[comma])) return null;
  const open = findBack(tokens, comma, (t, k) => isComma(t) || isStop(tokens, k), MAX_APPOSITION);
  if (open === null || !isComma(tokens[open]) || !DESCRIPTION_OPENERS.has(tokens[open + 1]?.lower ?? '')) return null;
  const named = phraseBefore(tokens, open - 1);
  return named !== null && isName(tokens, named) ? named : null;
}
