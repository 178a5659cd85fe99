/**
 * Stage: spans between quotation marks. Handles straight, curly, single and guillemet marks,
 * apostrophes, nesting (single inside double), and quotations that run over several paragraphs
 * (each paragraph reopens with a mark, only the last closes).
 */
import type { Doc, QuotedSpan, Span } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';

type Role = 'open' | 'close' | 'either' | 'none';

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const SINGLE = new Set(["'", '‘', '’', '‹', '›', '‛']);
// Every character that may be a quotation mark, to jump from one to the next.
const MARKS = /''|["“”„«»‟'‘’‹›‛]/g;
const OPENERS_BEFORE = /[\s([{\u2014\u2013\-/]/;
const WORD = /[\p{L}\p{N}]/u;

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Whether a mark can open or close, from the mark itself and its neighbours. */
export function markRole(text: string, i: number, width = 1): Role {
  // Two apostrophes ('') stand for a double mark in some newspapers' archives.
  const ch = width === 2 ? '"' : (text[i] ?? '');
  const before = text[i - 1];
  const after = text[i + width];
  const openContext = before === undefined || OPENERS_BEFORE.test(before) || DOUBLE.has(before) || SINGLE.has(before);
  const closeContext = isSpaceOrEdge(after) || /[.,;:!?)\]}\u2014\u2013-]/.test(after ?? '') || DOUBLE.has(after ?? '') || SINGLE.has(after ?? '');
  if (ch === '“' || ch === '„' || ch === '«' || ch === '‟') return closeContext && !openContext ? 'close' : 'open';
  if (ch === '”' || ch === '»') return openContext && !closeContext ? 'open' : 'close';
  if (ch === '"') return openContext && !isSpaceOrEdge(after) ? 'open' : closeContext ? 'close' : 'either';
  // Single marks: an apostrophe inside a word (don't, Berg's) or eliding digits ('90s) is not a mark.
  if (before !== undefined && after !== undefined && WORD.test(before) && WORD.test(after)) return 'none';
  if (openContext && after !== undefined && /\d/.test(after)) return 'none';
  if ((ch === '‘' || ch === "'" || ch === '‹' || ch === '‛') && openContext && !isSpaceOrEdge(after)) return 'open';
  if ((ch === '’' || ch === "'" || ch === '›') && closeContext && !openContext) return 'close';
  return 'none';
}

/**
 * The marks of a text in order, found by one pass of MARKS that each paragraph takes up where the one
 * before left it: searching from each paragraph's start would run on to the end of the text for every
 * paragraph without a mark (quadratic in 300 KB of "a\n"), and a list of every mark made an object per
 * mark (1 MB of '“' is a million marks).
 */
class MarkScanner {
  /** The offset and width of the mark found last, or -1 past the last mark. */
  at = -1;
  width = 0;

  constructor(private readonly text: string) {
    MARKS.lastIndex = 0;
    this.next();
  }

  /** Moves to the next mark. */
  next(): void {
    const m = MARKS.exec(this.text);
    this.at = m === null ? -1 : m.index;
    this.width = m === null ? 0 : m[0].length;
  }
}

interface Open {
  at: number;
  /** The opening mark's length: 2 for a doubled apostrophe. */
  width: number;
  paragraphs: number;
}

/** Finds the quoted spans of a text, given its paragraphs. Reports unclosed and unbalanced marks. */
export function findQuoted(text: string, paragraphs: readonly Span[], warn: (code: 'unclosed-quote' | 'unbalanced-quote') => void): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  let double: Open | null = null;
  const push = (open: Open, end: number, innerEnd: number, closed: boolean): void => {
    found.push({ start: open.at, end, inner: { start: open.at + open.width, end: innerEnd }, paragraphs: open.paragraphs, closed });
  };
  const marks = new MarkScanner(text);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    let single: number | null = null;
    while (marks.at >= 0 && marks.at < para.start) marks.next();
    for (; marks.at >= 0 && marks.at < para.end; marks.next()) {
      const { at: i, width } = marks;
      const ch = width === 2 ? '"' : (text[i] ?? '');
      if (DOUBLE.has(ch)) {
        const role = markRole(text, i, width);
        if (double && (role === 'close' || role === 'either')) {
          push(double, i + width, i, true);
          double = null;
          single = null;
        } else if (double && role === 'open') {
          // Reopening at a paragraph start continues a multi-paragraph quotation.
          if (i === para.start) continue;
          push(double, i, i, false);
          warn('unclosed-quote');
          double = { at: i, width, paragraphs: 1 };
        } else if (!double && (role === 'open' || role === 'either')) {
          double = { at: i, width, paragraphs: 1 };
          single = null;
        } else {
          warn('unbalanced-quote');
        }
      } else if (SINGLE.has(ch) && !double) {
        const role = markRole(text, i);
        if (role === 'open' && single === null) single = i;
        else if (role === 'close' && single !== null) {
          found.push({ start: single, end: i + 1, inner: { start: single + 1, end: i }, paragraphs: 1, closed: true });
          single = null;
        }
      }
    }
    if (double) {
      const next = paragraphs[p + 1];
      const reopenWidth = next && text.startsWith("''", next.start) ? 2 : 1;
      const reopens = next !== undefined && (reopenWidth === 2 || DOUBLE.has(text[next.start] ?? '')) && markRole(text, next.start, reopenWidth) !== 'close';
      if (reopens) {
        double.paragraphs++;
      } else {
        push(double, para.end, para.end, false);
        warn('unclosed-quote');
        double = null;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Marks the spans between quotation marks. */
export const quoteMarksStage: Stage = {
  name: 'quote-marks',
  reads: ['paragraphs'],
  writes: ['quoted'],
  run(doc: Doc) {
    const seen = new Set<string>();
    doc.quoted = findQuoted(doc.text, doc.paragraphs, (code) => {
      if (seen.has(code)) return;
      seen.add(code);
      doc.warn(code);
    });
  },
};
