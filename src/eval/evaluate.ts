/**
 * Scores the library's quotations against gold documents: three rows (quotes against speech-cue gold,
 * quotes against all gold, quotes plus attributions against all gold), each at every overlap threshold.
 */
import type { ArticleRecord } from '../doc/record.js';
import { extract } from '../pipeline/extract.js';
import type { GoldDocument } from './gold.js';
import type { Predicted } from './match.js';
import { addTally, emptyTally, scoresOf, tallyDocument, type GoldSet, type Scores } from './score.js';

/** The overlap thresholds reported: a pair matches when the share of gold covered exceeds one. */
export const THRESHOLDS: readonly number[] = [0.3, 0.8];

/** One row of the report: which predictions are scored against which gold. */
export interface RowSpec {
  key: 'quotes/speech' | 'quotes/all' | 'quotes+attributions/all';
  label: string;
  withAttributions: boolean;
  gold: GoldSet;
}

/** The rows, in the order they are reported. */
export const ROWS: readonly RowSpec[] = [
  { key: 'quotes/speech', label: 'quotes vs speech-cue gold', withAttributions: false, gold: 'speech' },
  { key: 'quotes/all', label: 'quotes vs all gold', withAttributions: false, gold: 'all' },
  { key: 'quotes+attributions/all', label: 'quotes+attributions vs all gold', withAttributions: true, gold: 'all' },
];

/** The scores of one row at one threshold, with the pooled counts behind them. */
export interface RowScore extends Scores {
  key: RowSpec['key'];
  label: string;
  threshold: number;
  gold: number;
  predicted: number;
  neutral: number;
  matched: number;
}

/** The whole evaluation: what was scored, and the rows. */
export interface EvalReport {
  documents: number;
  goldItems: number;
  speechGoldItems: number;
  goldWithSource: number;
  predictedQuotes: number;
  predictedAttributions: number;
  /** Articles whose extraction ended in an error message: a score that hides them would lie. */
  failedExtractions: number;
  rows: RowScore[];
}

/** The layers of a record the scorer reads. */
export type Prediction = Pick<ArticleRecord, 'quotes' | 'attributions'> & { failed?: boolean };

/** Produces the predictions for one gold document. */
export type Predict = (doc: GoldDocument) => Prediction;

/**
 * Predictions by the library's `extract`, run once per distinct text: an article annotated by several
 * annotators is scored once per annotator but analysed once.
 */
export function extractPredictor(): Predict {
  const cache = new Map<string, Prediction>();
  return (doc) => {
    let prediction = cache.get(doc.text);
    if (prediction === undefined) {
      const record = extract({ id: doc.id, text: doc.text, ...(doc.date !== undefined && { date: doc.date }) });
      const failed = record.messages.some((m) => m.level === 'error');
      prediction = { quotes: record.quotes, attributions: record.attributions, failed };
      cache.set(doc.text, prediction);
    }
    return prediction;
  };
}

/** Scores gold documents against predictions (by default, the library's own). */
export function evaluate(
  documents: readonly GoldDocument[],
  predict: Predict = extractPredictor(),
  thresholds: readonly number[] = THRESHOLDS,
): EvalReport {
  const tallies = ROWS.map(() => thresholds.map(() => emptyTally()));
  const report: EvalReport = {
    documents: documents.length, goldItems: 0, speechGoldItems: 0, goldWithSource: 0,
    predictedQuotes: 0, predictedAttributions: 0, failedExtractions: 0, rows: [],
  };
  for (const doc of documents) {
    const { quotes, attributions, failed } = predict(doc);
    if (failed === true) report.failedExtractions++;
    report.goldItems += doc.items.length;
    report.speechGoldItems += doc.items.filter((item) => item.speech).length;
    report.goldWithSource += doc.items.filter((item) => item.source !== null || item.reference !== null).length;
    report.predictedQuotes += quotes.length;
    report.predictedAttributions += attributions.length;
    ROWS.forEach((row, r) => {
      const predicted: Predicted[] = row.withAttributions ? [...quotes, ...attributions] : quotes;
      thresholds.forEach((threshold, t) => {
        const pooled = tallies[r]?.[t];
        if (pooled !== undefined) addTally(pooled, tallyDocument(doc, predicted, threshold, row.gold));
      });
    });
  }
  ROWS.forEach((row, r) => {
    thresholds.forEach((threshold, t) => {
      const tally = tallies[r]?.[t] ?? emptyTally();
      report.rows.push({
        key: row.key, label: row.label, threshold,
        gold: tally.gold, predicted: tally.predicted, neutral: tally.neutral, matched: tally.matched,
        ...scoresOf(tally),
      });
    });
  });
  return report;
}
