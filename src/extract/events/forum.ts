/**
 * Where a legal action is brought is no party to it. PLOVER's ACCUSE holds lawsuits and complaints
 * between the one who brings them and the one they are against; the court, the regulator or the
 * country whose courts hear them is only the forum: "a separate US lawsuit against Rosneft" (the US's
 * courts), "filed a discrimination complaint with the EEOC" (lodged there, against the employer).
 */
import type { Token } from '../../doc/document.js';
import { JURISDICTION_NOUNS, LODGED_NOUNS, lemmasAndForms } from '../../lexicon/plover.js';
import type { TokenRange } from './02-qualifiers.js';
import type { CandidateEvent } from './code.js';

const JURISDICTION: ReadonlySet<string> = new Set(lemmasAndForms(new Set(JURISDICTION_NOUNS)));
const LODGED: ReadonlySet<string> = new Set(lemmasAndForms(new Set(LODGED_NOUNS)));

/** Whether a token is a noun of legal action whose country before it is its jurisdiction ("lawsuit"). */
export function jurisdictionNoun(token: Token): boolean {
  return token.pos === 'NOUN' && JURISDICTION.has(token.lower);
}

/**
 * Whether the second actor is where the act's legal action is lodged: the noun of action, then
 * "with" right before the actor and its article ("filed a complaint with the EEOC"); not "a legal
 * battle with Sony", where "with" names the opponent.
 */
export function lodgedWith(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  const noun = tokens[act.trigger.last] as Token;
  // An appeal is a request ("will lodge an appeal with the court"), a complaint an accusation.
  if ((act.code !== 'ACCUSE' && act.code !== 'REQUEST') || noun.pos !== 'NOUN' || !LODGED.has(noun.lower) || second.first <= act.trigger.last) return false;
  const before = tokens[second.first - 1]?.pos === 'DET' ? second.first - 2 : second.first - 1;
  return tokens[before]?.lower === 'with';
}
