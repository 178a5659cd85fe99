/**
 * Stage: indirect and mixed quotations, and attributed positions. Reported speech with the speaker
 * after it ("…, Berg said."), before it ("Berg said (that) …"), around it ("…, Berg said, …") and
 * "according to Berg, …". Content carrying a quoted fragment is a mixed quotation. Cues of belief,
 * intention or finding ("believes", "wants", "found"), and denied reports ("did not say"), give
 * attributions, never quotes.
 */
import type { Attribution, Cue, Doc, Quote, Span, Token } from '../../doc/document.js';
import type { Stage } from '../../pipeline/stage.js';
import { SpanCover, SpansByStart, spanCover } from '../../text/span-cover.js';
import { cutAtNextReport } from './next-report.js';
import { QuoteOverlaps } from './overlap-index.js';
import { reportFor } from './reported.js';
import { COORDINATORS, SUBORDINATORS } from '../../lexicon/words.js';
import { inflect } from '../../lexicon/inflect.js';
import { tokenAtOrAfter } from '../../text/token-index.js';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);
/** Cues of words said, whose report stays its speaker's inside another's report. */
const SAYING: ReadonlySet<string> = new Set(['say', 'tell']);

/** Verbs that refuse or fail to do what the "to" after them says: "refused to confirm", "declined to say". */
const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'decline', 'fail'].flatMap((base) => inflect(base)));

/** "did not reply", "has never said", "declined to say": a cue denied or refused is no report. */
function isNegated(doc: Doc, cue: Cue): boolean {
  for (let k = cue.token - 1; k >= 0 && cue.token - k <= 3; k--) {
    const t = doc.tokens[k] as Token;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t')) return true;
    if (REFUSALS.has(t.lower) && doc.tokens[k + 1]?.lower === 'to') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Conjunctions that open another clause, the words.ts coordinators and "or" ("fail to respond, or their explanations …"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set([...COORDINATORS, 'or']);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * Whether what is taken as a cue's content is another clause after it: a comma and a subordinator ("the
 * resolution that HD demands, if HDTV is to be real"), or a coordinator ("HDTV signals, and so comply
 * with …"). A verb that reports a clause takes it right after itself or through "that", never so.
 */
function clauseAfter(doc: Doc, cue: Cue, content: Span): boolean {
  const tokens = doc.tokens;
  let k = cue.lastToken + 1;
  if (tokens[k]?.lower === ',') k++;
  const opener = tokens[k];
  const first = tokenAtOrAfter(tokens, content.start);
  if (opener === undefined || first <= cue.lastToken || first > k) return false;
  if (CLAUSE_JOINERS.has(opener.lower)) return true;
  // A subordinate clause after a comma follows a cue whose object a relative pronoun took ("the resolution
  // that HD demands, if …"); after ", he said," it is what was said ("In fact, he said, if consumers …").
  return k > cue.lastToken + 1 && SUBORDINATORS.has(opener.lower) && (RELATIVES.has(tokens[cue.token - 1]?.lower ?? '') || RELATIVES.has(tokens[cue.token - 2]?.lower ?? ''));
}

function within(inner: Span, outer: readonly Span[]): boolean {
  return outer.some((s) => s.start <= inner.start && inner.end <= s.end);
}

/**
 * Finds indirect and mixed quotations, and attributions, around the cues no direct quotation used.
 * A direct quotation reported whole inside another's content, cue and all ("Kasich says he'd be
 * yelling at people, saying “vote for me.”"), is part of that content and is dropped.
 */
export function findIndirect(doc: Doc): { quotes: Quote[]; attributions: Attribution[] } {
  const used = new Set(doc.quotes.map((q) => q.cue?.start));
  const quotes: Quote[] = [...doc.quotes];
  const attributions: Attribution[] = [];
  const quotedInner = spanCover(doc.quoted.map((q) => q.inner));
  const placed = new QuoteOverlaps(doc, quotes);
  const quotedStarts = new SpansByStart(doc.quoted);
  // Quotations a report took the place of, left out at the end (a splice per report is quadratic).
  const replaced = new Set<Quote>();
  for (const cue of doc.cues) {
    if (used.has(cue.start)) continue;
    if (quotedInner.holds(cue.start, cue.end)) continue;
    const reported = reportFor(doc, cue);
    const spans = reported ? cutAtNextReport(doc, reported.spans, cue) : [];
    if (!reported || spans.length === 0 || clauseAfter(doc, cue, spans[0] as Span)) continue;
    // "did not say whether …", "has never mentioned Berg": a denied report is no quotation, but it still
    // attributes a position to its subject, as does a verb of judging with a short object ("slammed Lund").
    const position = reported.position === true || (cue.kind === 'speech' && isNegated(doc, cue));
    const clashes = placed.overlapping(spans);
    // A direct quotation inside the content, with its cue or with none, is part of what is reported; so is
    // another report with its cue ("The minister attacked the plan, a spokesman said": what the minister
    // did), unless it reports words said ("Prosecutors said …, news agency AP reported" keeps the prosecutors').
    const nested = (q: Quote): boolean =>
      (q.kind === 'direct' ? q.cue === null || within(q.cue, spans) : q.cue !== null && !SAYING.has(q.cue.lemma) && within(q.cue, spans)) && q.spans.every((s) => within(s, spans));
    if (!clashes.every(nested)) continue;
    const start = (spans[0] as Span).start;
    const end = (spans[spans.length - 1] as Span).end;
    const speaker = reported.speaker;
    // Each record a literal of one shape: a spread that adds a property ({ ...base, kind }) gives every
    // object a hidden class of its own in V8, and every later read of it the slow, megamorphic path.
    if (cue.kind === 'speech' && !position) {
      for (const q of clashes) {
        replaced.add(q);
        placed.remove(q);
      }
      const mixed = spans.some((f) => quotedStarts.within(f));
      const quote: Quote = { start, end, spans, cue, speaker, kind: mixed ? 'mixed' : 'indirect' };
      quotes.push(quote);
      placed.add(quote);
    } else if (clashes.length === 0) {
      attributions.push({ start, end, spans, cue, speaker, kind: cue.kind === 'speech' ? 'other' : cue.kind });
    }
  }
  const kept = quotes.filter((q) => !replaced.has(q));
  return { quotes: kept.sort((a, b) => a.start - b.start), attributions: outermost(kept, attributions) };
}

/**
 * The attributions that are not reported inside another report: "Polls found that most voters support
 * the ban" attributes the finding to the polls, not a position to the voters. An attribution goes when
 * its cue lies in the content of a quotation, or of another attribution that does not hold its own cue
 * in turn.
 */
function outermost(quotes: readonly Quote[], attributions: readonly Attribution[]): Attribution[] {
  const inside = (cue: Span | null, item: Quote | Attribution): boolean => cue !== null && within(cue, item.spans);
  const coverOf = <T extends Quote | Attribution>(items: readonly T[]): SpanCover<T> =>
    new SpanCover(items.flatMap((owner) => owner.spans), items.flatMap((owner) => owner.spans.map(() => owner)));
  const quoteSpans = coverOf(quotes);
  const attributionSpans = coverOf(attributions);
  const reportedWithin = (a: Attribution): boolean => {
    if (a.cue === null) return false;
    if (quoteSpans.holds(a.cue.start, a.cue.end)) return true;
    for (const b of attributionSpans.holding(a.cue.start, a.cue.end)) if (b !== a && !inside(b.cue, a)) return true;
    return false;
  };
  return attributions.filter((a) => !reportedWithin(a));
}

/** Marks indirect and mixed quotations and attributions. */
export const indirectQuotesStage: Stage = {
  name: 'indirect-quotes',
  reads: ['tokens', 'sentences', 'quoted', 'cues', 'quotes'],
  writes: ['quotes', 'attributions'],
  run(doc: Doc) {
    const { quotes, attributions } = findIndirect(doc);
    doc.quotes = quotes;
    doc.attributions = attributions;
  },
};
