/**
 * Stage: direct quotations — quoted spans with a cue and speaker after them ("…," Berg said),
 * before them (Berg said: "…"), split around them ("…," she said. "…"), or none (a floating
 * quotation that continues the previous speaker).
 */
import type { Cue, Doc, Mention, Quote, QuotedSpan, Span, Token } from '../../doc/document.js';
import { SCARE_INTRODUCERS } from '../../lexicon/words.js';
import { NAMING_CUES } from '../../lexicon/cues.js';
import type { Stage } from '../../pipeline/stage.js';
import { spanAt, tokensIn } from '../../text/token-index.js';
import { isSpace } from '../../text/spaces.js';
import { attachAfter, attachBefore, clauseSubject, cuesByToken, speakerEndingAt, type Attachment } from './attach.js';
import { sentenceFirst } from './content.js';

const CLAUSE_OPENERS = new Set([':', ',', '—', '–', '-', '(', '[']);
const CONTINUATION_GAP = 30;

interface Candidate {
  quoted: QuotedSpan;
  first: number;
  last: number;
}

/** A letter or a digit: a piece of text between white space that holds one is a word. */
const WORDY = /[\p{L}\p{N}]/u;

/** Whether the text holds at least `n` words, counted only as far as `n` (a quotation may be long). */
function hasWords(text: string, n: number): boolean {
  let count = 0;
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !isSpace(text.charCodeAt(k))) continue;
    if (k > start && WORDY.test(text.slice(start, k)) && ++count >= n) return true;
    start = k + 1;
  }
  return false;
}

/** Whether a quoted span stands as a clause of its own (not a fragment inside a sentence). */
function startsClause(doc: Doc, cues: Map<number, Cue>, first: number): boolean {
  const prev = doc.tokens[first - 1];
  const mark = doc.tokens[first] as Token;
  if (!prev || prev.sentence !== mark.sentence) return true;
  if (CLAUSE_OPENERS.has(prev.lower)) return true;
  const cue = cues.get(first - 1) ?? cues.get(first - 2);
  // "what she calls “real solutions”" names a thing; it does not open a quotation.
  return cue !== undefined && cue.lastToken === first - 1 && cue.kind === 'speech' && !NAMING_CUES.has(cue.lemma);
}

/** Quoted spans that may be quotations: not scare quotes, names or fragments inside a sentence. */
export function quotationCandidates(doc: Doc, cues: Map<number, Cue>): Candidate[] {
  const out: Candidate[] = [];
  for (const quoted of doc.quoted) {
    const range = tokensIn(doc.tokens, quoted);
    if (!range) continue;
    const inner = doc.slice(quoted.inner).trim();
    // No word at all is no letter or digit anywhere: the text need not be split.
    if (!WORDY.test(inner)) continue;
    const before = doc.tokens[range.first - 1];
    if (before && SCARE_INTRODUCERS.has(before.lower)) continue;
    if (!startsClause(doc, cues, range.first)) continue;
    // A lower-case piece with no closing punctuation is a fragment of the surrounding sentence.
    if (/^\p{Ll}/u.test(inner) && !/[.,!?…;:]$/.test(inner)) continue;
    out.push({ quoted, ...range });
  }
  return out;
}

function quote(kind: Quote['kind'], spans: Span[], cue: Cue | null, speaker: Mention | null): Quote {
  const first = spans[0] as Span;
  const last = spans[spans.length - 1] as Span;
  return { start: first.start, end: last.end, kind, spans, cue, speaker };
}

/** The cue and speaker of a quotation: after it ("…," Berg said) or before it (Berg said: "…"). */
function attachmentOf(doc: Doc, cues: Map<number, Cue>, cand: Candidate, paragraphOf: (offset: number) => number): Attachment | null {
  const afterMark = doc.tokens[cand.last + 1];
  const sameParagraph = afterMark !== undefined && paragraphOf(afterMark.start) === paragraphOf(cand.quoted.end - 1);
  // A quotation closed by a full stop ends its sentence: what follows is not its cue.
  const endsSentence = /\.\s*$/.test(doc.slice(cand.quoted.inner));
  if (sameParagraph && !endsSentence) {
    const found = attachAfter(doc, cues, afterMark.lower === ',' ? cand.last + 2 : cand.last + 1);
    if (found) return found;
  }
  return beforeQuotation(doc, cues, cand.first - 1);
}

/** Whether a quoted part goes on the quotation that ends at token `end`: same paragraph, close by. */
function continues(doc: Doc, end: number, next: Candidate): boolean {
  const last = doc.tokens[end] as Token;
  return next.first > end && next.first - end <= CONTINUATION_GAP && !doc.text.slice(last.end, next.quoted.start).includes('\n');
}

/** Finds direct quotations and their speakers. */
export function findDirectQuotes(doc: Doc): Quote[] {
  const cues = cuesByToken(doc);
  const candidates = quotationCandidates(doc, cues);
  const quotes: Quote[] = [];
  let previous: { speaker: Mention | null; paragraph: number } | null = null;
  const paragraphOf = (offset: number): number => spanAt(doc.paragraphs, offset);
  for (let c = 0; c < candidates.length; c++) {
    const cand = candidates[c] as Candidate;
    const spans: Span[] = [{ start: cand.quoted.start, end: cand.quoted.end }];
    const attachment = attachmentOf(doc, cues, cand, paragraphOf);
    if (attachment) {
      // A split quotation: further quoted parts in the same paragraph with no cue of their own, or with
      // the cue between the parts ("“…,” Berg said, “…”" reads "Berg said," before the second part too).
      let end = Math.max(attachment.last, cand.last);
      const sameCue = (next: Candidate): boolean => {
        const own = attachmentOf(doc, cues, next, paragraphOf);
        return own === null || (own.cue.start === attachment.cue.start && own.cue.lemma !== ':');
      };
      for (let next = candidates[c + 1]; next && continues(doc, end, next) && sameCue(next); next = candidates[c + 1]) {
        spans.push({ start: next.quoted.start, end: next.quoted.end });
        end = next.last;
        c++;
      }
      quotes.push(quote('direct', spans, attachment.cue, attachment.speaker));
    } else {
      const paragraph = paragraphOf(cand.quoted.start);
      const inner = doc.slice(cand.quoted.inner);
      // A floating quotation continues the previous quotation's speaker (same or next paragraph).
      const near = previous !== null && (paragraph === previous.paragraph || (paragraph - previous.paragraph === 1 && hasWords(inner, 3)));
      if (previous && near) {
        quotes.push(quote('direct', spans, null, previous.speaker));
      } else if (hasWords(inner, 4) && /[.!?…]$/.test(inner.trim())) {
        // A whole sentence in quote marks with no cue and no one before it: a quotation, speaker unknown.
        quotes.push(quote('direct', spans, null, null));
      } else continue;
    }
    const last = quotes[quotes.length - 1] as Quote;
    previous = { speaker: last.speaker, paragraph: paragraphOf(last.end - 1) };
  }
  return quotes;
}

/** The cue before a quotation: "Berg said:", "Berg said,", "Berg told reporters that", "Berg:". */
function beforeQuotation(doc: Doc, cues: Map<number, Cue>, j: number): Attachment | null {
  const t = doc.tokens[j];
  const mark = doc.tokens[j + 1];
  if (!t || !mark) return null;
  // Only a colon carries a cue over a paragraph break ("The minister added:" then the quotation).
  if (t.lower !== ':' && doc.text.slice(t.end, mark.start).includes('\n')) return null;
  if (t.lower === '.' || t.lower === '!' || t.lower === '?') return null;
  const found = attachBefore(doc, cues, t.lower === ':' || t.lower === ',' || t.lower === 'that' ? j - 1 : j);
  if (found) return found;
  const colon = cues.get(j);
  if (colon && colon.lemma === ':') {
    const first = sentenceFirst(doc, j);
    // "Berg: "…"" — a name alone before the colon is a cue of its own.
    const named = speakerEndingAt(doc, j - 1);
    if (named && named.first === first && named.mention.kind === 'name') return { cue: colon, speaker: named.mention, first, last: j };
    // "Whitfield struck a different tone: "…"" — the subject of the clause before the colon.
    const subject = clauseSubject(doc, first, j);
    if (subject) return { cue: colon, speaker: subject, first, last: j };
  }
  return null;
}

/** Marks direct quotations. */
export const directQuotesStage: Stage = {
  name: 'direct-quotes',
  reads: ['tokens', 'quoted', 'cues'],
  writes: ['quotes'],
  run(doc: Doc) {
    doc.quotes = findDirectQuotes(doc);
  },
};
