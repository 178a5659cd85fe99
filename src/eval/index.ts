/** Quote evaluation: gold readers, the speech-cue classifier, the matcher and scorer, the report. */
export type { GoldDocument, GoldItem, GoldFormat, Range } from './gold.js';
export { GoldLineError } from './json-fields.js';
export { readGold, parseGold, parseGoldLine, goldFormat, type GoldFile, type GoldProblem, type ReadGoldOptions } from './read-gold.js';
export { isSpeechCue, speechVerb, baseForms } from './speech-cue.js';
export { goldKind, type GoldKind } from './gold-kind.js';
export { namesAgree } from './names.js';
export { matchItems, predictedRanges, type MatchedPair, type Predicted } from './match.js';
export { speakerCorrect, cueCorrect } from './checks.js';
export { tallyDocument, scoresOf, emptyTally, addTally, ratio, type Tally, type Scores, type Ratio, type GoldSet } from './score.js';
export {
  evaluate, extractPredictor, THRESHOLDS, ROWS,
  type EvalReport, type RowScore, type RowSpec, type Predict, type Prediction,
} from './evaluate.js';
export { formatReport } from './format.js';
export { readEventGold, parsePloverTsv, parseGsr, isDev, OLD_NAMES, type EventGold, type EventGoldItem } from './read-events.js';
export { scoreEvents, scoringLabel, type EventScores, type EventPair, type ClassScore } from './event-score.js';
export { evaluateEvents, formatEventReport } from './events.js';
export { parseLines, readLines, type GoldLines } from './read-lines.js';
export { parseEntityLine, GOLD_TYPES, type EntityGoldDocument, type GoldName, type GoldType } from './entity-gold.js';
export { ENTITY_ROWS, type EntityRowScore, type EntityRow } from './entity-score.js';
export { evaluateEntities, formatEntityReport, pipelineNames, type EntityReport, type PredictNames } from './entities.js';
export {
  parseCorefLine, evaluateCoref, formatCorefReport, pipelinePronouns, PERSON_PRONOUNS,
  type CorefGoldDocument, type CorefReport, type GoldPronoun, type PredictPronouns,
} from './coref.js';
