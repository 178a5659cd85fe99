/**
 * Scores predicted names against gold names, per type: exact (same span and type) and overlap (a
 * one-to-one pairing of names of the same type that share a character) precision, recall and F1; plus
 * the pooled person/organisation/place row the targets are set on, and an untyped row (same span,
 * any type) that tells finding a name from typing it.
 */
import { GOLD_TYPES, type GoldName, type GoldType } from './entity-gold.js';
import { ratio, type Ratio } from './score.js';

/** Counts for one row: gold and predicted names, and how many pair exactly and by overlap. */
export interface EntityTally {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
}

/** The rows scored: each type, the three the targets name, all four, and spans whatever their type. */
export const ENTITY_ROWS = [...GOLD_TYPES, 'person+organisation+place', 'all', 'span only'] as const;

/** One row's key. */
export type EntityRow = (typeof ENTITY_ROWS)[number];

/** One row's scores. */
export interface EntityRowScore extends EntityTally {
  row: EntityRow;
  exactP: Ratio;
  exactR: Ratio;
  exactF1: number | null;
  overlapP: Ratio;
  overlapR: Ratio;
  overlapF1: number | null;
}

/** Tallies for every row, to be added up across documents. */
export type EntityTallies = Record<EntityRow, EntityTally>;

/** Tallies with nothing counted. */
export function emptyEntityTallies(): EntityTallies {
  const out = {} as EntityTallies;
  for (const row of ENTITY_ROWS) out[row] = { gold: 0, predicted: 0, exact: 0, overlap: 0 };
  return out;
}

function key(name: GoldName): string {
  return `${name.span[0]}:${name.span[1]}`;
}

function shares(a: GoldName, b: GoldName): boolean {
  return Math.min(a.span[1], b.span[1]) > Math.max(a.span[0], b.span[0]);
}

// Greedy one-to-one pairing in text order: names do not cross, so the first free overlapping name is the one.
function overlapPairs(gold: readonly GoldName[], predicted: readonly GoldName[]): number {
  const used = new Set<number>();
  let pairs = 0;
  for (const g of gold) {
    const p = predicted.findIndex((q, i) => !used.has(i) && shares(g, q));
    if (p === -1) continue;
    used.add(p);
    pairs++;
  }
  return pairs;
}

function count(tally: EntityTally, gold: readonly GoldName[], predicted: readonly GoldName[], typed: boolean): void {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  const keys = new Set(gold.map((g) => (typed ? `${key(g)}:${g.type}` : key(g))));
  tally.exact += predicted.filter((p) => keys.has(typed ? `${key(p)}:${p.type}` : key(p))).length;
  tally.overlap += typed
    ? GOLD_TYPES.reduce((sum, t) => sum + overlapPairs(gold.filter((g) => g.type === t), predicted.filter((p) => p.type === t)), 0)
    : overlapPairs(gold, predicted);
}

const ROW_TYPES: Record<EntityRow, readonly GoldType[]> = {
  person: ['person'], organisation: ['organisation'], place: ['place'], other: ['other'],
  'person+organisation+place': ['person', 'organisation', 'place'],
  all: GOLD_TYPES, 'span only': GOLD_TYPES,
};

/** Adds one document's names into the tallies. */
export function tallyEntities(tallies: EntityTallies, gold: readonly GoldName[], predicted: readonly GoldName[]): void {
  for (const row of ENTITY_ROWS) {
    const types = ROW_TYPES[row];
    const keep = (n: GoldName): boolean => types.includes(n.type);
    count(tallies[row], gold.filter(keep), predicted.filter(keep), row !== 'span only');
  }
}

function f1(matched: number, predicted: number, gold: number): number | null {
  return ratio(2 * matched, predicted + gold).value;
}

/** The scores of pooled tallies, one per row. */
export function entityScores(tallies: EntityTallies): EntityRowScore[] {
  return ENTITY_ROWS.map((row) => {
    const t = tallies[row];
    return {
      row, ...t,
      exactP: ratio(t.exact, t.predicted), exactR: ratio(t.exact, t.gold), exactF1: f1(t.exact, t.predicted, t.gold),
      overlapP: ratio(t.overlap, t.predicted), overlapR: ratio(t.overlap, t.gold), overlapF1: f1(t.overlap, t.predicted, t.gold),
    };
  });
}
