/**
 * Bylines and credits: the names that a line or a parenthesis credits for the article or its pictures
 * ("By Anna Berg, BBC News", "(Photo: Tom Reyes/Reuters)"; "Nielsen/NetRatings" alone is no credit, "AP Photo/Maria Lund", "Reporting by Kim
 * Dale and Omar Haddad; Editing by Lea Strand") are no people of the story. They leave the mentions and
 * go to the record's `byline`.
 */
import type { Doc, Mention, Span } from '../../doc/document.js';
import credits from '../../lexicon/credits.json' with { type: 'json' };
import { tokenBefore, tokensIn } from '../../text/token-index.js';
import { opensLine } from '../speakers/labels.js';

const CREDIT_WORDS: ReadonlySet<string> = new Set(credits.creditWords);
// What may follow a credited name on its line: another credited name, its outlet, or the next credit.
const AFTER_CREDIT: ReadonlySet<string> = new Set([',', 'and', '&', '/', '|', ';', '-', '–', '—', ')', 'for', 'in']);


/** Whether the name ends its line, or a credit goes on after it ("By Anna Berg, BBC News"). */
function endsCredit(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  return next === undefined || AFTER_CREDIT.has(next.lower) || opensLine(doc, last + 1);
}

// What may stand before a credit word that opens a credit: a parenthesis, another credit, an agency ("AP Photo").
const BEFORE_CREDIT: ReadonlySet<string> = new Set(['(', '[', ';', '|', '-', '–', '—']);

/**
 * Whether the credit word at token `k` opens a credit: a line, a parenthesis, a sentence before a colon
 * ("… said. Photo: Tom Reyes/Reuters", a caption run into the text), or after an agency ("(AP Photo/").
 */
function opensCredit(doc: Doc, k: number): boolean {
  const prev = tokenBefore(doc.tokens, k, 1);
  if (opensLine(doc, k) || (prev !== undefined && BEFORE_CREDIT.has(prev.lower))) return true;
  if (doc.tokens[k + 1]?.lower === ':' && (prev === undefined || prev.sentence !== doc.tokens[k]?.sentence)) return true;
  return prev !== undefined && prev.pos === 'PROPN' && (k < 2 || BEFORE_CREDIT.has(tokenBefore(doc.tokens, k, 2)?.lower ?? '') || opensLine(doc, k - 1));
}

const AGENCY_JOINS: ReadonlySet<string> = new Set(['/', '&', '-']);

/** Whether an agency's name starts at token `k` and ends its line ("Reuters", "AFP/Getty Images"). */
function creditLineEnds(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  if (tokens[k]?.pos !== 'PROPN') return false;
  let j = k;
  while (tokens[j + 1] !== undefined && !opensLine(doc, j + 1) && (tokens[j + 1]?.pos === 'PROPN' || AGENCY_JOINS.has(tokens[j + 1]?.lower ?? ''))) j++;
  // A full stop may close the credit.
  if (tokens[j + 1]?.lower === '.') j++;
  return tokens[j + 1] === undefined || opensLine(doc, j + 1);
}

/**
 * Whether the name mention at tokens `first`..`last` is credited rather than told about;
 * `creditEnd` is the last token of the credited name before it, or -1.
 */
function credited(doc: Doc, first: number, last: number, creditEnd: number): boolean {
  const tokens = doc.tokens;
  const prev = tokenBefore(tokens, first, 1)?.lower;
  const before = tokenBefore(tokens, first, 2)?.lower ?? '';
  // "Photo: Tom Reyes", "(AP Photo/Maria Lund)", "Reporting by Kim Dale".
  if ((prev === ':' || prev === '/' || prev === 'by') && CREDIT_WORDS.has(before) && opensCredit(doc, first - 2)) return true;
  // "By Anna Berg" opening its line, and nothing but an outlet or another name after it.
  if (prev === 'by' && opensLine(doc, first - 1) && endsCredit(doc, last)) return true;
  // "Tom Reyes/Reuters" alone on its line: a picture's credit, the name and its agency.
  if (opensLine(doc, first) && tokens[last + 1]?.lower === '/' && creditLineEnds(doc, last + 2)) return true;
  // "Kim Dale and Omar Haddad": a second name right after a credited one.
  return creditEnd === first - 2 && (prev === 'and' || prev === ',' || prev === '&') && endsCredit(doc, last);
}

/**
 * Splits the typed mentions into the story's and the credited ones. Only people are credited (a name
 * typed as a person, or not typed for sure), so "BBC News" after a byline stays a name.
 */
export function withoutCredits(doc: Doc, mentions: readonly Mention[]): { mentions: Mention[]; credits: Span[] } {
  const kept: Mention[] = [];
  const out: Span[] = [];
  let creditEnd = -1;
  for (const m of mentions) {
    const person = m.kind === 'name' && (m.type === 'person' || !m.sure);
    const range = person ? tokensIn(doc.tokens, m) : null;
    if (range !== null && credited(doc, range.first, range.last, creditEnd)) {
      out.push(m.name ?? m);
      creditEnd = range.last;
    } else kept.push(m);
  }
  return { mentions: kept, credits: out };
}
