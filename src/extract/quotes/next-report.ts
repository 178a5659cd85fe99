/**
 * Where reported content stops because a second report begins: "Berg said the talks failed and
 * insisted that …", "…, and he added that …", "…, while other voters said …", "…, Berg said, adding
 * that …". Each cue reports its own clause, so the first content ends before the second clause.
 */
import type { Cue, Doc, Span, Token } from '../../doc/document.js';
import { PREPOSITIONAL_CUES } from '../../lexicon/cues.js';
import { COORDINATORS } from '../../lexicon/words.js';
import { tokensIn } from '../../text/token-index.js';
import { speakerEndingAt } from './attach.js';
import { CONTRASTS, SENTENCE_END, contentSpan, firstCueFrom, isClause, isComma } from './content.js';


/** Where the subject before a cue starts, and whether a relative pronoun named it (what this file reads of a speaker). */
interface Subject {
  first: number;
  relative: boolean;
}

// The subject before each cue's token, per document: every cue of a sentence asks it of every later cue,
// which built the same speaker phrase over and over ("The Minister Said That " x 43,000: 5.4 s at 1 MB).
const SUBJECTS = new WeakMap<Doc, Map<number, Subject | null>>();

/** The subject ending at token `j` before a cue, as speakerEndingAt finds it. */
function subjectEndingAt(doc: Doc, j: number): Subject | null {
  let known = SUBJECTS.get(doc);
  if (known === undefined) SUBJECTS.set(doc, (known = new Map()));
  let subject = known.get(j);
  if (subject === undefined) {
    const found = speakerEndingAt(doc, j);
    subject = found === null ? null : { first: found.first, relative: found.relative === true };
    known.set(j, subject);
  }
  return subject;
}

function isParticiple(token: Token): boolean {
  return token.lower.endsWith('ing');
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'went', 'thought', 'felt', 'knew', 'saw']);

/** A verb's form, told by its ending: "-ing", third person "-s", past, or the base. */
function form(word: string): 'ing' | 's' | 'past' | 'base' {
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('ed') || IRREGULAR_PAST.has(word)) return 'past';
  if (word.endsWith('s') && !word.endsWith('ss')) return 's';
  return 'base';
}

/**
 * Where a second report opens; `clauseBefore` when what stands before it must be a clause for it to
 * open one; `closing` when it closes the sentence, reporting all before it ("…, a spokesman said.").
 */
interface Opening {
  at: number;
  clauseBefore: boolean;
  closing?: true;
}

/**
 * The token that opens the second report of cue `next`, or null when `next` does not open one:
 * "and insisted", ", adding", "and he added", ", while other voters said".
 */
function reportOpening(doc: Doc, next: Cue, cue: Cue): Opening | null {
  if (next.kind !== 'speech') {
    // A position after a contrast: "…, while 19 percent of students support Clinton".
    const subject = subjectEndingAt(doc, next.token - 1);
    const opener = subject && !subject.relative ? doc.tokens[subject.first - 1] : undefined;
    return opener && CONTRASTS.has(opener.lower) ? { at: subject?.first === undefined ? next.token : subject.first - 1, clauseBefore: false } : null;
  }
  const at = opening(doc, next, cue);
  if (at !== null) return { at, clauseBefore: false };
  // "… under the program and Trump says some will be worse", "…, others say he has never been healthier":
  // a new subject after "and" or a comma, whose cue takes a complement, when a whole clause stands before it.
  const subject = subjectEndingAt(doc, next.token - 1);
  if (!subject || subject.relative) return null;
  const opener = doc.tokens[subject.first - 1];
  const after = doc.tokens[next.lastToken + 1];
  const complement = after !== undefined && !isComma(after) && !SENTENCE_END.has(after.lower);
  if (opener && complement && (COORDINATORS.has(opener.lower) || isComma(opener))) return { at: subject.first - 1, clauseBefore: true };
  // "The minister attacked the plan, spokesman Tom Reed said.": a reporting clause that closes the
  // sentence after a comma reports everything before it, the first cue's words included.
  if (opener && isComma(opener) && after !== undefined && SENTENCE_END.has(after.lower)) return { at: subject.first - 1, clauseBefore: false, closing: true };
  return null;
}

function opening(doc: Doc, next: Cue, cue: Cue): number | null {
  const tokens = doc.tokens;
  let k = next.token - 1;
  // "and then said", "and later insisted"
  while (tokens[k]?.pos === 'ADV' && k > 0) k--;
  const prev = tokens[k];
  if (!prev) return null;
  // "said … and insisted", not "arguing that it showed … and indicated": a second verb of the same speaker has the same form.
  if (COORDINATORS.has(prev.lower)) return form((tokens[cue.token] as Token).lower) === form((tokens[next.token] as Token).lower) ? k : null;
  if (isComma(prev) && isParticiple(tokens[next.token] as Token)) return k;
  const subject = subjectEndingAt(doc, next.token - 1);
  if (!subject || subject.relative) return null;
  const opener = tokens[subject.first - 1];
  if (opener && CONTRASTS.has(opener.lower)) return subject.first - 1;
  // ", and he added": a comma before the coordinator; "she and another reporter said" is one subject.
  if (opener && COORDINATORS.has(opener.lower) && isComma(tokens[subject.first - 2])) return subject.first - 1;
  return null;
}

/**
 * Whether a cue can report a clause of its own: a verb that needs no quotation beside it (not a
 * colon, not "according to"). Positions open one only after a contrast (see `reportOpening`).
 */
function opensReport(cue: Cue, first: Cue): boolean {
  return cue !== first && cue.start > first.end && !cue.directOnly && cue.lemma !== ':' && !PREPOSITIONAL_CUES.has(cue.lemma);
}

/**
 * The pieces of reported content, cut before the first later cue that opens a report of its own;
 * the pieces after the cut are dropped. A piece that is itself such a report ("adding that …") goes.
 */
export function cutAtNextReport(doc: Doc, spans: readonly Span[], cue: Cue): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const range = tokensIn(doc.tokens, span);
    if (!range) continue;
    let cut: number | null = null;
    let closing = false;
    for (let c = firstCueFrom(doc.cues, range.first); c < doc.cues.length; c++) {
      const next = doc.cues[c] as Cue;
      if (next.token > range.last) break;
      if (next.lastToken > range.last || !opensReport(next, cue)) continue;
      const found = next.token === range.first ? (next.kind === 'speech' ? { at: range.first, clauseBefore: false } : null) : reportOpening(doc, next, cue);
      if (found === null || found.at < range.first) continue;
      if (found.clauseBefore) {
        let end = found.at - 1;
        while (end >= range.first && isComma(doc.tokens[end])) end--;
        const before = end >= range.first ? contentSpan(doc, range.first, end) : null;
        if (!before || !isClause(doc, before)) continue;
      }
      cut = found.at;
      closing = found.closing === true;
      break;
    }
    if (cut === null) {
      out.push(span);
      continue;
    }
    // A comma before "and" belongs to neither clause.
    let last = cut - 1;
    while (last >= range.first && isComma(doc.tokens[last])) last--;
    const head = last >= range.first ? contentSpan(doc, range.first, last) : null;
    // Too little left to be a report ("that voters and officials told …"): keep the piece whole, unless
    // the later report closes the sentence and so reports the piece itself ("attacked the plan, Reed said").
    if (head === null && cut > range.first && !closing) {
      out.push(span);
      continue;
    }
    if (head) out.push(head);
    break;
  }
  return out;
}
