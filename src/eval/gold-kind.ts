/**
 * How a gold quotation is reported, read off its content: wholly inside quote marks is "direct",
 * partly quoted is "mixed", unquoted is "indirect". Used to split recall by kind.
 */
import type { Range } from './gold.js';

/** A gold item's kind of quotation. */
export type GoldKind = 'direct' | 'mixed' | 'indirect';

/** Marks that only ever quote. */
const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»', '‹', '›', '`']);
/** Marks that quote or are apostrophes ("Clinton’s", "’90s", "voters’"). */
const SINGLE = new Set(["'", '‘', '’', '‚', '‛']);
const LETTER = /\p{L}/u;

function isMark(char: string | undefined): boolean {
  return char !== undefined && (DOUBLE.has(char) || SINGLE.has(char));
}

// A single mark opens a quotation when it follows a non-letter and precedes a letter or another mark
// (`''That`), and closes one when it follows a non-space and precedes no letter.
function hasSingleQuotation(text: string): boolean {
  let opened = false;
  for (let i = 0; i < text.length; i += 1) {
    if (!SINGLE.has(text[i] ?? '')) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const opens = (before === undefined || !LETTER.test(before)) && after !== undefined && (LETTER.test(after) || isMark(after));
    const closes = before !== undefined && /\S/.test(before) && (after === undefined || !LETTER.test(after));
    if (opened && closes) return true;
    if (opens) opened = true;
  }
  return false;
}

function piece(text: string): GoldKind {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && isMark(trimmed[0]) && isMark(trimmed.at(-1))) return 'direct';
  if ([...trimmed].some((char) => DOUBLE.has(char)) || hasSingleQuotation(trimmed)) return 'mixed';
  return 'indirect';
}

/** The kind of a gold item with these content ranges: direct only when every piece is. */
export function goldKind(text: string, content: readonly Range[]): GoldKind {
  const kinds = content.map(([s, e]) => piece(text.slice(s, e)));
  if (kinds.length > 0 && kinds.every((kind) => kind === 'direct')) return 'direct';
  return kinds.some((kind) => kind !== 'indirect') ? 'mixed' : 'indirect';
}
