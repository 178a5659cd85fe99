/**
 * Scores of event coding against gold categories: accuracy, per-class precision, recall and F1,
 * macro-F1 over the gold classes, and the most frequent confusions. CONCEDE and RETREAT count as
 * YIELD, as in the PLOVER dyad data.
 */

/** A gold category beside the predicted one (null when the coder found no event). */
export interface EventPair {
  gold: string;
  predicted: string | null;
}

/** Precision, recall and F1 of one class. */
export interface ClassScore {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores of a set of coded dyads. */
export interface EventScores {
  items: number;
  accuracy: number;
  macroF1: number;
  /** Dyads the coder gave no event. */
  uncoded: number;
  classes: ClassScore[];
  /** The most frequent errors, gold → predicted, most frequent first. */
  confusions: Array<{ gold: string; predicted: string; count: number }>;
}

/** The scoring label of a category: CONCEDE and RETREAT are YIELD. */
export function scoringLabel(code: string): string {
  return code === 'CONCEDE' || code === 'RETREAT' ? 'YIELD' : code;
}

const NONE = '(none)';

/** Scores predictions against gold; macro-F1 averages over the classes that occur in the gold. */
export function scoreEvents(pairs: readonly EventPair[], confusionsShown = 10): EventScores {
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  const confusion = new Map<string, number>();
  let right = 0;
  let uncoded = 0;
  for (const pair of pairs) {
    const g = scoringLabel(pair.gold);
    const p = pair.predicted === null ? NONE : scoringLabel(pair.predicted);
    if (pair.predicted === null) uncoded++;
    gold.set(g, (gold.get(g) ?? 0) + 1);
    predicted.set(p, (predicted.get(p) ?? 0) + 1);
    if (g === p) {
      right++;
      correct.set(g, (correct.get(g) ?? 0) + 1);
    } else {
      const key = `${g}\t${p}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  const classes = [...gold.keys()].sort().map((label) => {
    const hit = correct.get(label) ?? 0;
    const precision = hit === 0 ? 0 : hit / (predicted.get(label) ?? 1);
    const recall = hit / (gold.get(label) ?? 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, support: gold.get(label) ?? 0, precision, recall, f1 };
  });
  const confusions = [...confusion.entries()]
    .map(([key, count]) => {
      const [g = '', p = ''] = key.split('\t');
      return { gold: g, predicted: p, count };
    })
    .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted))
    .slice(0, confusionsShown);
  return {
    items: pairs.length,
    accuracy: pairs.length === 0 ? 0 : right / pairs.length,
    macroF1: classes.length === 0 ? 0 : classes.reduce((sum, c) => sum + c.f1, 0) / classes.length,
    uncoded,
    classes,
    confusions,
  };
}
