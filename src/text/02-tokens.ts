/**
 * Stage: tokens with part-of-speech tags, and sentences, from wink-nlp, with exact offsets.
 * wink-nlp gives token values but no offsets, so each value is found again in the text in order.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span, Token } from '../doc/document.js';
import type { Stage } from '../pipeline/stage.js';

// Sentence boundaries and part-of-speech tags are all the pipeline needs from wink-nlp.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Tokens and sentences of one paragraph-free text, with offsets shifted by `base`. */
export function tokenize(text: string, base = 0, firstSentence = 0): { tokens: Token[]; sentences: Span[] } {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    // A value not found verbatim (wink-nlp never alters text, but be safe) is given an empty span.
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + value.length;
    starts.push(start);
    ends.push(end);
    cursor = end;
  }
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceRanges = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  for (const [first, last] of sentenceRanges) {
    const sentence = firstSentence + sentences.length;
    let start = -1;
    let end = -1;
    for (let i = first; i <= last; i++) {
      const value = values[i] ?? '';
      if (value.trim() === '' || (ends[i] ?? 0) <= (starts[i] ?? 0)) continue;
      const token: Token = {
        start: base + (starts[i] ?? 0),
        end: base + (ends[i] ?? 0),
        lower: value.toLowerCase(),
        pos: tags[i] ?? 'X',
        sentence,
      };
      if (start < 0) start = token.start;
      end = token.end;
      tokens.push(token);
    }
    if (start >= 0) sentences.push({ start, end });
    else continue;
  }
  // Sentence indices must be dense: re-number in case an all-space sentence was skipped.
  return { tokens, sentences };
}

/** Tokenises each paragraph separately, so that no sentence crosses a paragraph break. */
export const tokensStage: Stage = {
  name: 'tokens',
  reads: ['paragraphs'],
  writes: ['tokens', 'sentences'],
  run(doc) {
    for (const paragraph of doc.paragraphs) {
      const { tokens, sentences } = tokenize(doc.slice(paragraph), paragraph.start, doc.sentences.length);
      for (const t of tokens) doc.tokens.push(t);
      for (const s of sentences) doc.sentences.push(s);
    }
  },
};
