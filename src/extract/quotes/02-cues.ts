/** Stage: speech and attribution cues — verbs from the cue lexicon, "according to", and colons. */
import type { Cue, Doc, Token } from '../../doc/document.js';
import { CUE_FORMS, MAX_CUE_WORDS } from '../../lexicon/cues.js';
import { BE_FORMS, GROUP_SPEAKERS } from '../../lexicon/words.js';
import { CLAUSE_OPENING_MARKS, headlineSentences, isUpper } from '../../text/headlines.js';

import type { Stage } from '../../pipeline/stage.js';
import { wordList } from '../../lexicon/word-lists.js';
import { inSourceCues } from './in-source.js';
import { nounCues } from './noun-cues.js';
import { tokenBefore } from '../../text/token-index.js';

// First words of cue forms: most tokens are ruled out by one bit.
const CUE_FIRST_WORDS = wordList([...CUE_FORMS.keys()].map((form) => form.split(' ')[0] ?? form));

// Tags a cue verb may carry; a "claims" tagged NOUN is a noun, not a cue.
const VERB_TAGS = new Set(['VERB', 'AUX']);


function phrase(tokens: readonly Token[], first: number, count: number): string | null {
  const head = tokens[first];
  if (!head) return null;
  let text = head.lower;
  for (let k = 1; k < count; k++) {
    const t = tokens[first + k];
    if (!t || t.sentence !== head.sentence) return null;
    text += ` ${t.lower}`;
  }
  return text;
}

// Tags that end a subject ("polls", "4 in 10", "Both") and that open an object or clause after a verb.
const SUBJECT_END_TAGS = new Set(['NOUN', 'NUM']);
const OBJECT_OPENING_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/**
 * "polls show Clinton ahead", "4 in 10 want one with experience", "Both want government …": the
 * tagger reads the verb as a noun, but it stands between a subject and an object or a "that" clause.
 */
function betweenSubjectAndObject(tokens: readonly Token[], i: number): boolean {
  const prev = tokenBefore(tokens, i, 1);
  const next = tokens[i + 1];
  const token = tokens[i] as Token;
  if (!prev || !next || prev.sentence !== token.sentence || next.sentence !== token.sentence) return false;
  const subject = SUBJECT_END_TAGS.has(prev.pos) || GROUP_SPEAKERS.has(prev.lower);
  return subject && (next.lower === 'that' || OBJECT_OPENING_TAGS.has(next.pos));
}

/** "…, campaign records show.": a base form after a plural noun agrees with it as its verb. */
function agreesWithPlural(tokens: readonly Token[], i: number, lemma: string): boolean {
  const prev = tokenBefore(tokens, i, 1);
  const token = tokens[i] as Token;
  return prev !== undefined && prev.sentence === token.sentence && prev.pos === 'NOUN' && /[^s]s$/.test(prev.lower) && token.lower === lemma;
}

// Tags of the word a participle describes when it stands before it as an adjective (a noun the tagger
// may read as a verb: "Reed's proposed transfer").
const NOUN_TAGS = new Set(['NOUN', 'NUM', 'ADJ', 'VERB']);

/**
 * "Smith's proposed move", "the club's stated aim": a participle between a possessive "'s" and a noun
 * describes the noun; it reports nothing ("the minister's announced that …" is "has announced").
 */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokenBefore(tokens, i, 1);
  const next = tokens[i + 1];
  const token = tokens[i] as Token;
  return prev !== undefined && prev.pos === 'PART' && (prev.lower === "'s" || prev.lower === '’s') && token.lower.endsWith('ed') && next !== undefined && next.sentence === token.sentence && NOUN_TAGS.has(next.pos);
}

// Verbs whose participle after a noun is still read as the noun's verb ("The company said by the end of May …").
const SAYING = new Set(['say', 'tell']);

/**
 * "a report published by Demos", "a letter written jointly by the two leaders": a participle between a
 * noun and "by" and its agent describes the noun, a reduced relative clause; the report's verb comes later.
 */
function reducedRelative(tokens: readonly Token[], i: number, lemma: string): boolean {
  const prev = tokenBefore(tokens, i, 1);
  let k = i + 1;
  if (tokens[k]?.pos === 'ADV' && tokens[k]?.lower.endsWith('ly')) k++;
  const agent = tokens[k + 1];
  return !SAYING.has(lemma) && prev?.pos === 'NOUN' && tokens[k]?.lower === 'by' && agent !== undefined && agent.sentence === prev.sentence && (agent.pos === 'DET' || agent.pos === 'PROPN');
}

/**
 * "the way Cabir was written meant …", "the letter was written in 1990": "write" in the passive reports
 * nothing, and its subject is what was written, not who writes. (A passive report before "to", "he is
 * said to be furious", keeps its content with no speaker: reported.ts.)
 */
function passiveWriting(tokens: readonly Token[], i: number, lemma: string): boolean {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  return lemma === 'write' && BE_FORMS.has(tokens[k]?.lower ?? '') && (tokens[i] as Token).lower !== lemma;
}

// Particles that make a phrasal verb of the word before them ("ruled out", "saw off", "backed up").
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'away', 'back']);

/**
 * "The council ruled out a rise", "Velport knocked out the holders", "Siemens showed off a phone": a
 * verb of position with a particle after it is another verb, which reports nothing; "showed up to 40%"
 * is a verb and a number's "up to". (Verbs of saying keep theirs: '"No," she wrote back.')
 */
function phrasalVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const token = tokens[i] as Token;
  if (next === undefined || next.sentence !== token.sentence || !PARTICLES.has(next.lower)) return false;
  return !(next.lower === 'up' && tokens[i + 2]?.lower === 'to');
}

/** Finds the cues among a document's tokens. */
export function findCues(text: string, tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  const headlines = headlineSentences(text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower === ':') {
      cues.push({ start: token.start, end: token.end, lemma: ':', kind: 'speech', directOnly: true, token: i, lastToken: i });
      continue;
    }
    if ((token.lists & CUE_FIRST_WORDS) === 0) {
      // Any other verb with a "that" clause attributes a position ("Berg conceded that …").
      const next = tokens[i + 1];
      if (token.pos === 'VERB' && next?.lower === 'that' && next.pos === 'SCONJ' && next.sentence === token.sentence) {
        cues.push({ start: token.start, end: token.end, lemma: token.lower, kind: 'other', directOnly: false, token: i, lastToken: i });
      }
      continue;
    }
    // A capitalised word inside a sentence is a name ("the Sunshine State"), not a verb.
    const prevToken = tokenBefore(tokens, i, 1);
    const capitalised = isUpper(text.charCodeAt(token.start));
    if (capitalised && prevToken && prevToken.sentence === token.sentence && !CLAUSE_OPENING_MARKS.has(prevToken.lower) && !headlines.has(token.sentence)) continue;
    for (let words = MAX_CUE_WORDS; words >= 1; words--) {
      const form = phrase(tokens, i, words);
      const entry = form === null ? undefined : CUE_FORMS.get(form);
      if (!entry) continue;
      // The tagger reads "notes" or "claims" as nouns; after a name or a pronoun they are verbs.
      const prev = tokenBefore(tokens, i, 1);
      const afterSubject = prev !== undefined && prev.sentence === token.sentence && (prev.pos === 'PROPN' || prev.pos === 'PRON');
      if (words === 1 && !VERB_TAGS.has(token.pos) && !afterSubject && !betweenSubjectAndObject(tokens, i) && !agreesWithPlural(tokens, i, entry.lemma)) break;
      if (words === 1 && (modifiesNoun(tokens, i) || reducedRelative(tokens, i, entry.lemma) || passiveWriting(tokens, i, entry.lemma))) break;
      if (words === 1 && entry.kind !== 'speech' && phrasalVerb(tokens, i)) break;
      const last = tokens[i + words - 1] as Token;
      cues.push({ start: token.start, end: last.end, lemma: entry.lemma, kind: entry.kind, directOnly: entry.directOnly, token: i, lastToken: i + words - 1 });
      i += words - 1;
      break;
    }
  }
  return cues;
}

/** Marks the cues. */
export const cuesStage: Stage = {
  name: 'cues',
  reads: ['tokens', 'sentences'],
  writes: ['cues'],
  run(doc: Doc) {
    doc.cues = [...findCues(doc.text, doc.tokens), ...inSourceCues(doc.tokens), ...nounCues(doc)].sort((a, b) => a.token - b.token);
  },
};
