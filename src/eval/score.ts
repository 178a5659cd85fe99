/**
 * Counts for one document and one report row, pooled by adding, and the scores computed from the
 * pooled counts (so every gold item and prediction weighs the same, whatever its article).
 */
import type { GoldDocument } from './gold.js';
import { goldKind, type GoldKind } from './gold-kind.js';
import { cueCorrect, speakerCorrect, speakerIdentityCorrect } from './checks.js';
import { matchItems, type Predicted } from './match.js';
import { capitalisedWords, namedIn } from './names.js';

/** Which gold items a row scores against. */
export type GoldSet = 'speech' | 'all';

/** Counts that add up across documents. */
export interface Tally {
  gold: number;
  predicted: number;
  /** Predictions matched to gold outside the row's gold set: neither right nor wrong. */
  neutral: number;
  matched: number;
  speakerCorrect: number;
  speakerChecked: number;
  /** Matched pairs whose gold names the speaker in full, and how many of them got that person. */
  identityCorrect: number;
  identityChecked: number;
  /** The same, on the pairs whose gold person the text itself names (see names.ts, namedIn). */
  namedCorrect: number;
  namedChecked: number;
  cueCorrect: number;
  cueChecked: number;
  goldByKind: Record<GoldKind, number>;
  matchedByKind: Record<GoldKind, number>;
}

/** A tally with nothing counted. */
export function emptyTally(): Tally {
  return {
    gold: 0, predicted: 0, neutral: 0, matched: 0, speakerCorrect: 0, speakerChecked: 0, identityCorrect: 0, identityChecked: 0, namedCorrect: 0, namedChecked: 0, cueCorrect: 0, cueChecked: 0,
    goldByKind: { direct: 0, mixed: 0, indirect: 0 },
    matchedByKind: { direct: 0, mixed: 0, indirect: 0 },
  };
}

/** Adds `b` into `a`, returning `a`. */
export function addTally(a: Tally, b: Tally): Tally {
  for (const key of ['gold', 'predicted', 'neutral', 'matched', 'speakerCorrect', 'speakerChecked', 'identityCorrect', 'identityChecked', 'namedCorrect', 'namedChecked', 'cueCorrect', 'cueChecked'] as const) {
    a[key] += b[key];
  }
  for (const kind of ['direct', 'mixed', 'indirect'] as const) {
    a.goldByKind[kind] += b.goldByKind[kind];
    a.matchedByKind[kind] += b.matchedByKind[kind];
  }
  return a;
}

/**
 * The counts of one document. Predictions are matched against all gold items; with the `speech` set,
 * gold items without a speech cue are not counted, and a prediction matched to one is neutral: it is
 * left out of the precision's denominator, since the gold marks it as a real attribution, just not a
 * quotation.
 */
export function tallyDocument(doc: GoldDocument, predicted: readonly Predicted[], threshold: number, set: GoldSet): Tally {
  const tally = emptyTally();
  const counted = doc.items.map((item) => set === 'all' || item.speech);
  const kinds = doc.items.map((item) => goldKind(doc.text, item.content));
  let words: ReadonlySet<string> | undefined;
  tally.predicted = predicted.length;
  doc.items.forEach((_, i) => {
    if (!counted[i]) return;
    tally.gold += 1;
    tally.goldByKind[kinds[i] ?? 'indirect'] += 1;
  });
  for (const pair of matchItems(doc.items.map((item) => item.content), predicted, threshold)) {
    const gold = doc.items[pair.gold];
    const prediction = predicted[pair.predicted];
    if (gold === undefined || prediction === undefined) continue;
    if (!counted[pair.gold]) {
      tally.neutral += 1;
      continue;
    }
    tally.matched += 1;
    tally.matchedByKind[kinds[pair.gold] ?? 'indirect'] += 1;
    const speaker = speakerCorrect(gold, prediction);
    if (speaker !== null) {
      tally.speakerChecked += 1;
      if (speaker) tally.speakerCorrect += 1;
    }
    const identity = speakerIdentityCorrect(gold, prediction);
    if (identity !== null) {
      tally.identityChecked += 1;
      if (identity) tally.identityCorrect += 1;
      words ??= capitalisedWords(doc.text);
      if (gold.reference !== null && namedIn(words, gold.reference)) {
        tally.namedChecked += 1;
        if (identity) tally.namedCorrect += 1;
      }
    }
    const cue = cueCorrect(gold, prediction);
    if (cue !== null) {
      tally.cueChecked += 1;
      if (cue) tally.cueCorrect += 1;
    }
  }
  return tally;
}

/** A proportion with its counts; `value` is null when there is nothing to divide by. */
export interface Ratio {
  count: number;
  of: number;
  value: number | null;
}

/** The scores of pooled counts. */
export interface Scores {
  precision: Ratio;
  recall: Ratio;
  f1: number | null;
  speaker: Ratio;
  /** The resolved speaker against the gold full name, on matched pairs that have one. */
  identity: Ratio;
  /** The same, on the pairs whose gold person the text names: what a reader could get right. */
  identityNamed: Ratio;
  cue: Ratio;
  recallByKind: Record<GoldKind, Ratio>;
}

/** `count / of`, with its counts. */
export function ratio(count: number, of: number): Ratio {
  return { count, of, value: of === 0 ? null : count / of };
}

/** Precision, recall, F1 and the accuracies of pooled counts. */
export function scoresOf(tally: Tally): Scores {
  const scored = tally.predicted - tally.neutral;
  return {
    precision: ratio(tally.matched, scored),
    recall: ratio(tally.matched, tally.gold),
    // The harmonic mean of precision and recall, written on the counts so that it is 0, not undefined,
    // when nothing was predicted but something was to be found.
    f1: ratio(2 * tally.matched, scored + tally.gold).value,
    speaker: ratio(tally.speakerCorrect, tally.speakerChecked),
    identity: ratio(tally.identityCorrect, tally.identityChecked),
    identityNamed: ratio(tally.namedCorrect, tally.namedChecked),
    cue: ratio(tally.cueCorrect, tally.cueChecked),
    recallByKind: {
      direct: ratio(tally.matchedByKind.direct, tally.goldByKind.direct),
      mixed: ratio(tally.matchedByKind.mixed, tally.goldByKind.mixed),
      indirect: ratio(tally.matchedByKind.indirect, tally.goldByKind.indirect),
    },
  };
}
