/**
 * Data for deciding whether a gold cue is an act of saying or writing. This is the evaluation's own
 * lexicon, kept apart from the extractor's on purpose: the gold side must not move when the extractor's
 * word lists are tuned. Beliefs, wishes, plans and findings (believe, want, plan, find, show) are absent.
 */

/** Base forms of verbs of saying or writing. */
export const SPEECH_VERBS: readonly string[] = [
  // saying, telling, adding
  'say', 'tell', 'add', 'note', 'write', 'ask', 'speak', 'talk', 'state', 'declare', 'announce',
  'claim', 'argue', 'explain', 'insist', 'warn', 'stress', 'emphasize', 'emphasise', 'reiterate',
  'reply', 'respond', 'answer', 'retort', 'counter', 'rejoin',
  // in writing and online
  'tweet', 'retweet', 'post', 'blog', 'email', 'text', 'publish', 'report', 'quote',
  // admitting, denying
  'acknowledge', 'admit', 'concede', 'deny', 'confirm', 'assert', 'allege', 'maintain', 'contend',
  'disclose', 'reveal',
  // asking others to act, committing oneself
  'suggest', 'urge', 'demand', 'request', 'plead', 'beg', 'call', 'propose', 'recommend', 'advise',
  'promise', 'pledge', 'vow', 'threaten', 'assure', 'predict',
  // telling again, in order
  'recall', 'recount', 'continue', 'repeat', 'echo', 'comment', 'remark', 'mention', 'observe',
  'testify', 'describe', 'elaborate', 'question', 'wonder', 'muse',
  // manner of speaking
  'quip', 'joke', 'shout', 'yell', 'scream', 'whisper', 'exclaim', 'chant', 'boast', 'brag',
  'complain', 'lament',
  // judging aloud
  'accuse', 'blame', 'criticize', 'criticise', 'condemn', 'denounce', 'praise', 'blast', 'slam', 'mock',
];

/**
 * Cues of several words that are speech as a whole, though their first word is not a speech verb,
 * written as sequences of base forms ("according to", "as she put it", "pointed out").
 */
export const SPEECH_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['put', 'it'],
  ['point', 'out'],
];

/** Irregular forms of speech verbs, mapped to their base form. */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  pled: 'plead',
};

/**
 * Cues that are punctuation introducing or signing a quotation: a colon ("Berg said: …" or
 * "Berg: …"), and a dash before or after a verbatim quotation ("… shame.” ― Sonya H.").
 */
export const SPEECH_PUNCTUATION: readonly string[] = [':', '―', '—', '–', '--', '-'];
