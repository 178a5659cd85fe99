/** Where a page of interactions starts: the edge a position names, as both dialects read it. */
import type { PagePosition } from '../store.js';

/** An edge of the interaction network named by its actors' keys and its code. */
export interface EdgeName {
  source: string;
  target: string;
  code: string;
}

/** The edge a position of a list of interactions names (positionOf: the source's key; the code, a space, the target's key), or null. */
export function edgeOf(position: PagePosition | undefined): EdgeName | null {
  const space = position?.id?.indexOf(' ') ?? -1;
  if (position?.id === undefined || space <= 0) return null;
  return { source: position.article, code: position.id.slice(0, space), target: position.id.slice(space + 1) };
}

/**
 * The condition on a list's summed rows `g` (n, sid, tid, code) for those after an edge with `n` events,
 * in the list's order (most events first, then by the actors' ids and the code, compared as `collate`).
 */
export function afterEdgeSql(collate = ''): string {
  return `(g.n < ? OR (g.n = ? AND (g.sid > ? OR (g.sid = ? AND (g.tid > ? OR (g.tid = ? AND g.code${collate} > ?))))))`;
}

/** The parameters of afterEdgeSql's condition. */
export function afterEdgeParams(n: number, sid: number, tid: number, code: string): unknown[] {
  return [n, n, sid, sid, tid, tid, code];
}
