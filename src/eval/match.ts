/**
 * Pairs gold items with predicted items in one document. The share of a pair is the part of the gold
 * content's characters that the prediction covers, |gold ∩ pred| / |gold|, both taken as the union of
 * their pieces. Pairs whose share exceeds the threshold are taken greedily, highest share first (ties
 * in gold order, then prediction order), each gold and each prediction at most once. This equals
 * letting gold items choose in the order of their best overlap, each taking the unused prediction
 * that covers most of it.
 */
import type { QuoteRecord } from '../doc/record.js';
import type { Range } from './gold.js';
import { sharedSize, size, union } from './spans.js';

/** What the scorer reads of a predicted quote or attribution. */
export type Predicted = Pick<QuoteRecord, 'start' | 'end' | 'spans' | 'cue' | 'speaker'>;

/** A matched pair, by index into the gold and predicted lists. */
export interface MatchedPair {
  gold: number;
  predicted: number;
  share: number;
}

/** The characters a prediction claims: its pieces, or its whole extent when it lists none. */
export function predictedRanges(item: Predicted): Range[] {
  return item.spans.length > 0 ? item.spans : [[item.start, item.end]];
}

/** The one-to-one matching of gold contents to predictions whose share exceeds `threshold`. */
export function matchItems(gold: readonly (readonly Range[])[], predicted: readonly Predicted[], threshold: number): MatchedPair[] {
  const golds = gold.map(union);
  const preds = predicted.map((p) => union(predictedRanges(p)));
  const candidates: MatchedPair[] = [];
  golds.forEach((g, gi) => {
    const total = size(g);
    if (total === 0) return;
    preds.forEach((p, pi) => {
      const share = sharedSize(g, p) / total;
      if (share > threshold) candidates.push({ gold: gi, predicted: pi, share });
    });
  });
  candidates.sort((a, b) => b.share - a.share || a.gold - b.gold || a.predicted - b.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const pair of candidates) {
    if (usedGold.has(pair.gold) || usedPredicted.has(pair.predicted)) continue;
    usedGold.add(pair.gold);
    usedPredicted.add(pair.predicted);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
