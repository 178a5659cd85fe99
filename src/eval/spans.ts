/** Character arithmetic on sets of ranges: the union of a quote's pieces, and how much two unions share. */
import type { Range } from './gold.js';

/** The ranges sorted and merged, so that no character is counted twice; empty ranges are dropped. */
export function union(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** How many characters a merged list covers. */
export function size(merged: readonly Range[]): number {
  return merged.reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** How many characters two merged lists have in common. */
export function sharedSize(a: readonly Range[], b: readonly Range[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [as, ae] = a[i] as Range;
    const [bs, be] = b[j] as Range;
    shared += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
    if (ae < be) i += 1;
    else j += 1;
  }
  return shared;
}

/** Whether any range of one list shares at least one character with any range of the other. */
export function overlaps(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some(([as, ae]) => b.some(([bs, be]) => Math.min(ae, be) > Math.max(as, bs)));
}
