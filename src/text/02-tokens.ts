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
import { HONORIFICS } from '../lexicon/words.js';

// Sentence boundaries and part-of-speech tags are all the pipeline needs from wink-nlp.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// wink-nlp numbers the words it knows first: the first word read that it does not know gets the
// first number past its vocabulary, so a nonsense word read before anything else marks the boundary.
const VOCABULARY_SIZE = (nlp.readDoc('qzxqzxqzx').tokens().out(its.uniqueId) as number[])[0] ?? 0;

/**
 * The words, among those given (lower-case, one word each), that wink-nlp's vocabulary knows as
 * ordinary English words ("further", "research"), unlike most names ("hewitt", "zarif").
 */
export function knownWords(words: readonly string[]): Set<string> {
  const known = new Set<string>();
  const asked = words.filter((w) => !KNOWN.has(w));
  if (asked.length > 0) {
    // The vocabulary never changes, so answers are kept (up to a bound).
    if (KNOWN.size > 50_000) KNOWN.clear();
    const read = nlp.readDoc(asked.join('\n'));
    const values = read.tokens().out(its.value) as string[];
    const ids = read.tokens().out(its.uniqueId) as number[];
    for (const w of asked) KNOWN.set(w, false);
    values.forEach((value, i) => {
      if ((ids[i] ?? VOCABULARY_SIZE) < VOCABULARY_SIZE) KNOWN.set(value, true);
    });
  }
  for (const w of words) if (KNOWN.get(w) === true) known.add(w);
  return known;
}

const KNOWN = new Map<string, boolean>();

const NON_SPACE = /\S/;
const INITIAL = /^\p{L}\.$/u;

/** Whether the open sentence ends with a title or an initial and its full stop, as one token or two. */
function endsWithAbbreviation(tokens: readonly Token[], open: Span): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.end !== open.end) return false;
  let word = last.lower;
  if (word === '.') {
    const before = tokens[tokens.length - 2];
    if (!before || before.end !== last.start) return false;
    word = `${before.lower}.`;
  }
  // "then-Sen." ends with a title too.
  word = word.slice(word.lastIndexOf('-') + 1);
  return word.endsWith('.') && (HONORIFICS.has(word) || INITIAL.test(word));
}

function nextNewline(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

const POSSESSIVE = /(?<=\p{L})['’]s$/u;
const CLOSING_MARKS = new Set(["'", '’', '"', '”', "''", '»']);
const LOWER_START = /^\p{Ll}/u;

/** Tokens and sentences of a text. No sentence runs over a line break. */
export function tokenize(text: string): { tokens: Token[]; sentences: Span[] } {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const sentenceRanges = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  let cursor = 0;
  // The first line break after the open sentence's last token: a token past it starts a new sentence.
  let newline = -1;
  // Open parentheses: wink-nlp may end a sentence inside one ("(D-N.Y.)"), which we undo.
  let depth = 0;
  let open: Span | null = null;
  for (const [first, last] of sentenceRanges) {
    // Nor does a sentence end after a title or an initial ("Sen. Warren", "William J. Bennett").
    if (depth === 0 && !(open && endsWithAbbreviation(tokens, open))) open = null;
    for (let i = first; i <= last; i++) {
      const value = values[i] ?? '';
      const at = text.indexOf(value, cursor);
      // wink-nlp keeps token text as it is; a value not found again is skipped rather than misplaced.
      if (at < 0 || !NON_SPACE.test(value)) continue;
      const start = at;
      const end = at + value.length;
      if (open && newline < start) {
        open = null;
        depth = 0;
      }
      // A closing quote mark glued to the sentence before it ends that sentence ("Deal.''"), not the next.
      const previous = sentences[sentences.length - 1];
      const glued = !open && previous !== undefined && previous.end === start && CLOSING_MARKS.has(value) && newline >= start;
      if (glued) open = previous;
      // No sentence of a paragraph starts with a lower-case word: "(R-Ky.) said …" goes on the one before.
      else if (!open && previous !== undefined && newline >= start && LOWER_START.test(value)) open = previous;
      if (!open) {
        open = { start, end };
        sentences.push(open);
      }
      open.end = end;
      if (newline < end) newline = nextNewline(text, end);
      if (value === '(') depth++;
      else if (value === ')' && depth > 0) depth--;
      cursor = end;
      const lower = value.toLowerCase();
      const pos = tags[i] ?? 'X';
      const sentence = sentences.length - 1;
      // wink-nlp splits a possessive ("Poor's") or not depending on the words it has seen before;
      // splitting it here keeps the tokens the same whatever was read earlier.
      const possessive = value.length > 2 && (lower.includes("'") || lower.includes('’')) ? POSSESSIVE.exec(lower) : null;
      if (possessive) {
        const cut = end - possessive[0].length;
        // The merged token's tag is a guess for an unknown word: a lower-case base is a common noun.
        const basePos = pos === 'PROPN' && value[0] === lower[0] ? 'NOUN' : pos;
        tokens.push({ start, end: cut, lower: lower.slice(0, cut - start), pos: basePos, sentence });
        tokens.push({ start: cut, end, lower: possessive[0], pos: 'PART', sentence });
      } else {
        tokens.push({ start, end, lower, pos, sentence });
      }
      // The words after the glued mark start the next sentence, as wink-nlp said.
      if (glued) open = null;
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
