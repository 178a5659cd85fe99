/**
 * A claim rejected by the one it is about was an accusation against them. PLOVER's ACCUSE holds
 * allegations, and one who denies, dismisses or hits back at what an actor claims of them rejects an
 * allegation the actor made: "Kerr hit back at Labour claims she had misled voters", "Kerr denied
 * Labour's claims that she had lied", "rejected Lee's description of him as a liar" — Labour (Lee)
 * ACCUSE/allege Kerr, beside Kerr's REJECT. Not a claim of what the rejecter will do ("denied Labour
 * claims that she would resign": a rumour, no wrong), nor one about something else ("dismissed Labour
 * claims that the economy was failing"). The claim nouns are lexicon data (`claims`).
 */
import { POSSESSIVE_S } from '../../lexicon/words.js';
import type { Token } from '../../doc/document.js';
import { CLAIM_NOUNS } from '../../lexicon/plover.js';
import type { TokenRange } from './02-qualifiers.js';
import type { ActorMention } from './actors.js';
import type { CodedEvent } from './code.js';
import { judged } from './judgement.js';

/** Words that open what a claim says, before the one it is about ("claims that she …", "description of him as"). */
const COMPLEMENT_OPENERS = new Set(['that', 'of']);
/** Modals that make the claim one of what its subject will do, no allegation of a wrong done. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'might', 'may', "'ll"]);

/**
 * The index of the claim noun of the claimant at `claimant` ("Labour claims", "Labour's claims",
 * "claims by Labour"), and the index after the claimant's phrase; or null.
 */
function claimOf(tokens: readonly Token[], claimant: TokenRange): { noun: number; after: number } | null {
  let next = claimant.last + 1;
  if (POSSESSIVE_S.has(tokens[next]?.lower ?? '')) next++;
  if (CLAIM_NOUNS.has(tokens[next]?.lower ?? '')) return { noun: next, after: next + 1 };
  const by = tokens[claimant.first - 1]?.lower;
  if ((by === 'by' || by === 'from') && CLAIM_NOUNS.has(tokens[claimant.first - 2]?.lower ?? '')) return { noun: claimant.first - 2, after: claimant.last + 1 };
  return null;
}

/**
 * The accusation a REJECT event's target made of its source, when what the source rejects is the
 * target's claim about it: the claim's clause or complement opens with a mention of the source, not
 * followed by a modal; or null.
 */
export function rebuttedClaim(tokens: readonly Token[], rejected: CodedEvent, rejecter: ActorMention, claimant: TokenRange, actors: readonly ActorMention[]): CodedEvent | null {
  if (rejected.code !== 'REJECT' || rejected.negated || rejected.modality !== 'asserted') return null;
  const claim = claimOf(tokens, claimant);
  if (!claim) return null;
  let k = claim.after;
  if (COMPLEMENT_OPENERS.has(tokens[k]?.lower ?? '')) k++;
  const subject = tokens[k];
  if (subject === undefined) return null;
  const about = actors.find((a) => a.entity === rejecter.entity && a.mention.start === subject.start);
  if (!about) return null;
  let after = k + 1;
  while (after < tokens.length && (tokens[after] as Token).end <= about.mention.end) after++;
  if (MODALS.has(tokens[after]?.lower ?? '')) return null;
  return judged('ACCUSE', 'allege', claim.noun);
}
