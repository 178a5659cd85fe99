/**
 * Decides whether a gold cue is an act of saying or writing ("said", "has said", "according to",
 * "said:", ":") as opposed to a belief, wish, plan or finding ("believes", "wants", "found").
 */
import { IRREGULAR_FORMS, SPEECH_PHRASES, SPEECH_PUNCTUATION, SPEECH_VERBS } from './speech-cues.js';

const VERBS = new Set(SPEECH_VERBS);
const PUNCTUATION = new Set(SPEECH_PUNCTUATION);
const VOWEL = /[aeiou]/;

/**
 * The base forms a word could have: itself, an irregular base, and the results of stripping
 * -s/-es/-ies, -ed/-ied and -ing (with and without a restored "e" or an undoubled consonant).
 */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = [w];
  const irregular = IRREGULAR_FORMS[w];
  if (irregular !== undefined) forms.push(irregular);
  const strip = (suffix: string): string | null => (w.endsWith(suffix) && w.length > suffix.length + 1 ? w.slice(0, -suffix.length) : null);
  const ies = strip('ies') ?? strip('ied');
  if (ies !== null) forms.push(`${ies}y`);
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    const stem = strip(suffix);
    if (stem === null || !VOWEL.test(stem)) continue;
    forms.push(stem, `${stem}e`);
    // "quipped" → "quip", "chatting" → "chat"
    const last = stem.at(-1);
    if (last !== undefined && stem.at(-2) === last) forms.push(stem.slice(0, -1));
  }
  return forms;
}

/**
 * The words of a cue, lower-cased, with the typographic apostrophe made plain. Hyphenated words stay
 * whole, so that "so-called" (scare quotes) is not a form of "call".
 */
function words(cue: string): string[] {
  return cue.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z]+(?:['-][a-z]+)*/g) ?? [];
}

function startsWith(sequence: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => sequence[at + i] === word || baseForms(sequence[at + i] ?? '').includes(word));
}

/**
 * Whether a cue is a speech act. A cue of several words ("has said", "said Thursday", "also said",
 * "continued to call for") counts when any of its words is a form of a speech verb or a speech phrase
 * starts at any word; a cue without words counts when it is a colon or a dash.
 */
export function isSpeechCue(cue: string): boolean {
  const tokens = words(cue);
  if (tokens.length === 0) return PUNCTUATION.has(cue.trim());
  return tokens.some(
    (token, i) => baseForms(token).some((form) => VERBS.has(form)) || SPEECH_PHRASES.some((phrase) => startsWith(tokens, i, phrase)),
  );
}

/** The speech verb of a cue in base form ("has said" → "say"), or null when it has none. */
export function speechVerb(cue: string): string | null {
  for (const token of words(cue)) {
    const form = baseForms(token).find((f) => VERBS.has(f));
    if (form !== undefined) return form;
  }
  return null;
}
