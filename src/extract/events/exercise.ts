/**
 * A military exercise is cooperation only when it is joint. The manual: "Joint military operations
 * are coded as COOPERATE but single-country exercises should be coded as MOBILIZE" — an exercise held
 * near, around or against another actor shows force to it ("Velan held military exercises near
 * Tarn"), while one both actors hold is an exchange ("Velan and Tarn held war games", "naval drills
 * with Tarn", "joint manoeuvres").
 */
import type { Token } from '../../doc/document.js';
import { EXERCISE_PARTNERS, EXERCISE_WORDS, JOINT_WORDS, isFormOf } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

/** How many words before an exercise its word of jointness may stand ("joint naval and air exercises"). */
const JOINT_REACH = 3;
/** Words that join two actors who hold an exercise together ("Velan and the Tarn navy", "Velan with Tarn"). */
const JOINING = new Set(['and', ',', '&', 'together', ...EXERCISE_PARTNERS]);
/** Tags of the words that may open the partner's phrase after "with" ("with the Tarn navy", "with 12 allies"). */
const PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

/** Whether a trigger is a military exercise ("war games", "military drills"), not training or a patrol. */
function isExercise(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.code !== 'COOPERATE' || trigger.mode !== 'military') return false;
  for (let i = trigger.first; i <= trigger.last; i++) {
    const lower = (tokens[i] as Token).lower;
    if (EXERCISE_WORDS.some((lemma) => isFormOf(lower, lemma))) return true;
  }
  return false;
}

/** Whether a word of jointness stands in the trigger or right before it ("joint", "bilateral"). */
function markedJoint(tokens: readonly Token[], trigger: Trigger): boolean {
  for (let i = Math.max(0, trigger.first - JOINT_REACH); i <= trigger.last; i++) if (JOINT_WORDS.has((tokens[i] as Token).lower)) return true;
  return false;
}

/** Whether only joining words and determiners stand between the two actors ("Velan and the Tarn navy"). */
function coordinated(tokens: readonly Token[], first: TokenRange, second: TokenRange): boolean {
  if (second.first <= first.last + 1) return false;
  for (let i = first.last + 1; i < second.first; i++) {
    const token = tokens[i] as Token;
    if (!JOINING.has(token.lower) && token.pos !== 'DET') return false;
  }
  return true;
}

/** Whether the later actor is the exercise's partner, right after it ("drills with Tarn", "exercises involving the Tarn navy"). */
function partnerAfter(tokens: readonly Token[], trigger: Trigger, later: TokenRange): boolean {
  if (later.first <= trigger.last + 1 || !EXERCISE_PARTNERS.has((tokens[trigger.last + 1] as Token).lower)) return false;
  for (let i = trigger.last + 2; i < later.first; i++) if (!PHRASE_OPENERS.has((tokens[i] as Token).pos)) return false;
  return true;
}

/**
 * Whether a military exercise between two actors is held by one of them alone: MOBILIZE, not
 * COOPERATE. An actor left implicit (outside the tokens) keeps the exercise as it is.
 */
export function singleSideExercise(tokens: readonly Token[], trigger: Trigger, source: TokenRange, target: TokenRange): boolean {
  if (!isExercise(tokens, trigger) || markedJoint(tokens, trigger)) return false;
  const [first, second] = source.first <= target.first ? [source, target] : [target, source];
  if (first.first < 0 || second.last >= tokens.length) return false;
  return !coordinated(tokens, first, second) && !partnerAfter(tokens, trigger, second);
}
