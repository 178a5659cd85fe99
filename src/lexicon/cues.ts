/** The cue lexicon: every surface form of a speech or attribution verb, mapped to what it cues. */
import data from './cues.json' with { type: 'json' };
import { verbForms } from './inflect.js';
import type { AttributionKind } from '../doc/record.js';

/** What a cue form introduces. */
export interface CueEntry {
  lemma: string;
  /** 'speech' for an act of saying; otherwise the kind of attributed position. */
  kind: 'speech' | AttributionKind;
  /** True when the verb counts as a cue only next to a quotation. */
  directOnly: boolean;
  /** Number of words in the form. */
  words: number;
}

function build(): Map<string, CueEntry> {
  const forms = new Map<string, CueEntry>();
  const directOnly = new Set(data.directOnly);
  const add = (lemma: string, irregular: readonly string[], kind: CueEntry['kind']): void => {
    for (const form of verbForms(lemma, irregular)) {
      // Speech wins over an attribution reading of the same form ("suggested").
      if (forms.get(form)?.kind === 'speech') continue;
      forms.set(form, { lemma, kind, directOnly: directOnly.has(lemma), words: form.split(' ').length });
    }
  };
  for (const [lemma, irregular] of Object.entries(data.speech)) add(lemma, irregular, 'speech');
  for (const [kind, verbs] of Object.entries(data.attribution)) {
    for (const [lemma, irregular] of Object.entries(verbs)) add(lemma, irregular, kind as AttributionKind);
  }
  for (const form of data.prepositional) {
    forms.set(form, { lemma: form, kind: 'speech', directOnly: false, words: form.split(' ').length });
  }
  return forms;
}

/** Surface form (lower-case, words separated by one space) → cue entry. */
export const CUE_FORMS: ReadonlyMap<string, CueEntry> = build();

/** Prepositional cues ("according to"), whose speaker follows them. */
export const PREPOSITIONAL_CUES: ReadonlySet<string> = new Set(data.prepositional);

/** Verbs that report a quoted description of their object ("called the plan 'a disgrace'"). */
export const NAMING_CUES: ReadonlySet<string> = new Set(data.naming);

/** Verbs whose object is the reported content when no clause follows ("denounced the ruling"). */
export const OBJECT_CUES: ReadonlySet<string> = new Set(data.object);

/** Speech verbs whose object is what was said when no clause follows ("said the same thing", "explained his reasons"). */
export const SPEECH_OBJECT_CUES: ReadonlySet<string> = new Set(data.speechObject);

/** Verbs of stance whose object is the attributed position ("endorsed Clinton", "the poll showed a lead"). */
export const ATTRIBUTION_OBJECT_CUES: ReadonlySet<string> = new Set(data.attributionObject);

/** Verbs that in a contest mean play ("defended her title", "blasted an ace", "claimed the lead"), and the things they take then. */
export const CONTEST_VERBS: ReadonlySet<string> = new Set(data.contestVerbs);
export const CONTEST_OBJECTS: ReadonlySet<string> = new Set(data.contestObjects);

/** Cues whose subject after "be" holds the position ("they are worried that …", "is critical of"): no passive. */
export const EXPERIENCER_SUBJECT_CUES: ReadonlySet<string> = new Set(data.experiencerSubject);

/** Verbs whose object is the one spoken to: in the passive ("were told that …") their subject is the hearer. */
export const ADDRESSED_CUES: ReadonlySet<string> = new Set(data.addressed);

/** Verbs whose next words are always the hearer, never a speaker put after the verb ('"…," told the BBC'). */
export const HEARER_FIRST_CUES: ReadonlySet<string> = new Set(data.hearerFirst);

/** Verbs that, in the passive, report the question put to someone ("Asked whether …, Berg said"). */
export const QUESTION_CUES: ReadonlySet<string> = new Set(data.question);

/** Nouns of polls and reports: "in" before a phrase they head attributes a finding ("in the latest poll"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(data.sourceNouns);

/** Nouns that report a clause through "that", by the kind of cue they make ("claim" → speech, "fear" → belief). */
export const NOUN_CUES: ReadonlyMap<string, CueEntry['kind']> = new Map(
  Object.entries(data.nouns).flatMap(([kind, nouns]) => nouns.map((noun) => [noun, kind as CueEntry['kind']] as const)),
);

/** The longest number of words in any cue form. */
export const MAX_CUE_WORDS = Math.max(...[...CUE_FORMS.values()].map((e) => e.words));
