/**
 * Stage: tokens with part-of-speech tags, and sentences, with exact offsets — from our own
 * tokenizer (split.ts) and tagger (tagger.ts). The splitter ends a sentence only before a word that
 * can open one, keeping glued closing quote marks with the sentence they close; the sentences are then
 * adjusted for news text: a sentence runs over no line break, and does not end inside parentheses
 * ("(He left. She stayed.)") or after a title or an initial.
 */
import type { Span, Token } from '../doc/document.js';
import type { Stage } from '../pipeline/stage.js';
import { HONORIFICS, PLAIN_WORDS } from '../lexicon/words.js';
import { wordTags } from '../lexicon/pos.js';
import { splitSentences, splitTokens } from './split.js';
import { tagTokens, type TaggedToken } from './tagger.js';

/**
 * The words, among those given (lower-case, one word each), that the vocabulary knows as
 * ordinary English words ("further", "research"), unlike most names ("hewitt", "zarif").
 */
export function knownWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => wordTags(w) !== undefined || PLAIN_WORDS.has(w)));
}

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

/**
 * The most tokens a sentence may hold: a longer run is cut into pieces of this size. The longest
 * sentence of the BBC corpus has 242 tokens (a list); without a limit, stages that look along a
 * sentence (the reported content after every cue of "he said that he said that …") would take time
 * quadratic in the length of a text that has no full stop.
 */
export const MAX_SENTENCE_TOKENS = 400;

/** Tokens and sentences of a text. No sentence runs over a line break or beyond MAX_SENTENCE_TOKENS. */
export function tokenize(text: string): { tokens: Token[]; sentences: Span[] } {
  const raw = tagTokens(text, splitTokens(text));
  const sentenceRanges = splitSentences(text, raw);
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  // The first line break after the open sentence's last token: a token past it starts a new sentence.
  let newline = -1;
  // Open parentheses: a sentence may seem to end inside one ("(D-N.Y.)"), which we undo.
  let depth = 0;
  let open: Span | null = null;
  // The index of the open sentence's first token.
  let openFirst = 0;
  for (const [first, last] of sentenceRanges) {
    // Nor does a sentence end after a title or an initial ("Sen. Warren", "William J. Bennett").
    if (depth === 0 && !(open && endsWithAbbreviation(tokens, open))) open = null;
    for (let i = first; i <= last; i++) {
      const token = raw[i] as TaggedToken;
      const { value, start, end } = token;
      if (open && (newline < start || tokens.length - openFirst >= MAX_SENTENCE_TOKENS)) {
        open = null;
        depth = 0;
      }
      if (!open) {
        open = { start, end };
        openFirst = tokens.length;
        sentences.push(open);
      }
      open.end = end;
      if (newline < end) newline = nextNewline(text, end);
      if (value === '(') depth++;
      else if (value === ')' && depth > 0) depth--;
      // The tagged token itself goes into the document: one object per token.
      token.sentence = sentences.length - 1;
      tokens.push(token);
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
