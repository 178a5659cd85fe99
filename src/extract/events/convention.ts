/**
 * PLOVER's annotation conventions, for comparing with event coders and gold data. onrecord codes the
 * act ("will visit" is CONSULT, planned; "did not rule out a visit" is CONSULT, possible) and keeps
 * negation and modality beside it. PLOVER's annotators code the statement instead:
 * - an announced, planned or possible act of cooperation is an intention to cooperate: AGREE
 *   ("Berg will meet Lee", "Oslo is ready to send aid");
 * - a planned or conditional act of material conflict is a threat: THREATEN ("will extend the curfew");
 * - a negated act of cooperation is a refusal: REJECT ("will not lift the ban", "failed to reach a deal");
 * - a sanction or restriction not imposed is a retreat: RETREAT ("failed to renew the embargo").
 */
import { COOPERATIVE, MATERIAL_CONFLICT, type Modality, type PloverCode } from '../../lexicon/plover.js';

/** The fields of an event the conventions look at. */
export interface CodedAct {
  code: PloverCode;
  negated: boolean;
  modality: Modality;
}

const INTENDED: ReadonlySet<Modality> = new Set(['planned', 'possible', 'hypothetical']);
// "may have launched attacks" is an uncertain attack, not a threat; only a plan or a condition threatens.
const THREATENED: ReadonlySet<Modality> = new Set(['planned', 'hypothetical']);

/** The PLOVER category an annotator following PLOVER's conventions would give the act. */
export function ploverAnnotation(act: CodedAct): PloverCode {
  if (act.negated) {
    if (COOPERATIVE.has(act.code)) return 'REJECT';
    if (act.code === 'COERCE' || act.code === 'SANCTION') return 'RETREAT';
    return act.code;
  }
  if (INTENDED.has(act.modality) && COOPERATIVE.has(act.code)) return 'AGREE';
  if (THREATENED.has(act.modality) && MATERIAL_CONFLICT.has(act.code)) return 'THREATEN';
  return act.code;
}
