/**
 * Stage: tokens with part-of-speech tags, and sentences, from wink-nlp, with exact offsets.
 * wink-nlp gives token values but no offsets, so each value is found again in the text in order.
 * The whole text is read at once (faster than paragraph by paragraph); a sentence that wink-nlp
 * runs across a paragraph break is cut there.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span, Token } from '../doc/document.js';
import type { Stage } from '../pipeline/stage.js';

// Sentence boundaries and part-of-speech tags are all the pipeline needs from wink-nlp.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Tokens and sentences of a text. No sentence runs over a line break. */
export function tokenize(text: string): { tokens: Token[]; sentences: Span[] } {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const sentenceRanges = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  let cursor = 0;
  for (const [first, last] of sentenceRanges) {
    let open: Span | null = null;
    for (let i = first; i <= last; i++) {
      const value = values[i] ?? '';
      const at = text.indexOf(value, cursor);
      // wink-nlp keeps token text as it is; a value not found again is skipped rather than misplaced.
      if (at < 0 || value.trim() === '') continue;
      const start = at;
      const end = at + value.length;
      if (open && text.slice(open.end, start).includes('\n')) open = null;
      if (!open) {
        open = { start, end };
        sentences.push(open);
      }
      open.end = end;
      cursor = end;
      tokens.push({ start, end, lower: value.toLowerCase(), pos: tags[i] ?? 'X', sentence: sentences.length - 1 });
    }
  }
  return { tokens, sentences };
}

/** Tokenises the text and splits it into sentences. */
export const tokensStage: Stage = {
  name: 'tokens',
  reads: ['paragraphs'],
  writes: ['tokens', 'sentences'],
  run(doc) {
    const { tokens, sentences } = tokenize(doc.text);
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};
