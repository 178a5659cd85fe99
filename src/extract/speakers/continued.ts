/**
 * A paragraph that is only a quotation continues the speaker of the quotation before it, when nothing
 * in it says otherwise: `"We will not move," Berg said.` then a paragraph `"Not this year."` is Berg's.
 * The quotation before must end in the same or the previous paragraph, and its speaker be resolved or a
 * description ("a spokesman", who goes on speaking unnamed). So
 * does a quotation that follows another in its paragraph with nothing between them but that one's cue and
 * speaker.
 */
import type { Doc, Mention, Quote, Span } from '../../doc/document.js';
import { spanAt } from '../../text/token-index.js';

// For each paragraph, whether it holds nothing but quoted words: no letter outside the quotation marks.
// Paragraphs and quoted spans are both in text order, so one walk over the two serves all of them.
function onlyQuotedParagraphs(doc: Doc): boolean[] {
  const out: boolean[] = [];
  let q = 0;
  for (const paragraph of doc.paragraphs) {
    while (q < doc.quoted.length && (doc.quoted[q] as Span).end <= paragraph.start) q++;
    let at = paragraph.start;
    let only = true;
    for (let k = q; k < doc.quoted.length && only; k++) {
      const quoted = doc.quoted[k] as Span;
      if (quoted.start >= paragraph.end) break;
      if (/\p{L}/u.test(doc.text.slice(at, Math.max(at, quoted.start)))) only = false;
      at = Math.max(at, quoted.end);
    }
    out.push(only && !/\p{L}/u.test(doc.text.slice(at, paragraph.end)));
  }
  return out;
}

// Whether nothing but the quotation before's own cue and speaker stands between it and this one, in one
// paragraph: '"…," said Souness. "That is not enough."' goes on with Souness.
function followsDirectly(doc: Doc, before: Quote, quote: Quote): boolean {
  if (before.end > quote.start) return false;
  let gap = doc.text.slice(before.end, quote.start);
  if (gap.includes('\n')) return false;
  for (const span of [before.cue, before.speaker]) {
    if (span && span.start >= before.end && span.end <= quote.start) {
      gap = gap.slice(0, span.start - before.end) + ' '.repeat(span.end - span.start) + gap.slice(span.end - before.end);
    }
  }
  return !/\p{L}/u.test(gap) || closesCueSentence(doc, before, quote);
}

// Whether all between the two is the rest of the sentence that holds the first one's cue: '"…," Tom
// Reyes, from Velder Labs, told the website. "So we built it."' goes on with Reyes.
function closesCueSentence(doc: Doc, before: Quote, quote: Quote): boolean {
  const cue = before.cue;
  if (cue === null || cue.start < before.end || cue.end > quote.start) return false;
  const sentence = spanAt(doc.sentences, cue.start);
  const next = doc.sentences[sentence + 1];
  // The quotation opens the next sentence: nothing but its mark before it there.
  const opensNext = next !== undefined && spanAt(doc.sentences, quote.start) === sentence + 1 && !/\p{L}/u.test(doc.text.slice(next.start, quote.start));
  return sentence >= 0 && opensNext && (doc.sentences[sentence] as Span).start <= before.end;
}

function speakerEntity(quote: Quote): number | undefined {
  return quote.speaker?.entity ?? quote.continues;
}

// The description that speaks for a quotation when no entity does ("a Treasury spokesperson"; not a
// pronoun left unresolved, which names no one).
function speakerDescription(quote: Quote): Mention | undefined {
  const speaker = quote.speaker;
  if (speaker !== null && speaker.entity === null && speaker.kind === 'nominal') return speaker;
  return quote.continuesDescription;
}

/**
 * Whether a quotation with no cue took the speaker of the quotation before it (03-direct.ts) past
 * another's report in its paragraph, which it goes on with instead: in '"…," she said. Ms Trew said
 * dancers had changed. "You have to be dedicated."' the last quotation is Ms Trew's.
 */
function pastReport(doc: Doc, before: Quote, quote: Quote): boolean {
  const inherited = quote.speaker;
  if (quote.cue !== null || inherited === null || quote.kind !== 'direct' || before.speaker === inherited) return false;
  const entity = speakerEntity(before);
  return entity !== undefined && entity !== null && entity !== inherited.entity && spanAt(doc.paragraphs, before.end - 1) === spanAt(doc.paragraphs, quote.start);
}

/** Gives each quotation that fills its paragraph without a speaker the speaker of the quotation before. */
export function continueQuotations(doc: Doc): void {
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
  const onlyQuoted = onlyQuotedParagraphs(doc);
  let previous: Quote | undefined;
  // The speaker a floating quotation took, and the report it goes on with instead.
  let passed: { inherited: Quote['speaker']; entity: number } | undefined;
  for (const quote of quotes) {
    const before = previous;
    previous = quote;
    if (before !== undefined && quote.cue === null && quote.speaker !== null && (pastReport(doc, before, quote) || passed?.inherited === quote.speaker)) {
      const entity = passed?.inherited === quote.speaker ? passed.entity : (speakerEntity(before) as number);
      passed = { inherited: quote.speaker, entity };
      quote.speaker = null;
      quote.continues = entity;
      quote.basis = 'continued';
      continue;
    }
    passed = undefined;
    if (quote.speaker !== null || quote.kind !== 'direct' || before === undefined) continue;
    const entity = speakerEntity(before) ?? undefined;
    const description = entity === undefined ? speakerDescription(before) : undefined;
    if (entity === undefined && description === undefined) continue;
    const here = spanAt(doc.paragraphs, quote.start);
    const there = spanAt(doc.paragraphs, before.end - 1);
    const fills = here >= 0 && here - there <= 1 && onlyQuoted[here] === true;
    if (!fills && !followsDirectly(doc, before, quote)) continue;
    if (entity !== undefined) quote.continues = entity;
    else if (description !== undefined) quote.continuesDescription = description;
    quote.basis = 'continued';
  }
}
