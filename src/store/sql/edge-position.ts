/** Where a page of interactions starts: the edge a position names, as both dialects read it. */
import type { InteractionFilter, PagePosition } from '../store.js';
import { withCondition } from './keyset.js';
import { num, type Row } from './rows.js';
import type { Where } from './where.js';

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

/** Where an edge stands in a list of summed rows: its events there, then its actors' ids. */
export interface EdgePlace {
  n: number;
  sid: number;
  tid: number;
}

/** The sums the writers keep per pair of actors and code, as a list's summed rows `g`. */
export const KEPT_EDGES = '(SELECT source_actor_id AS sid, target_actor_id AS tid, code, events AS n, negated, first, last FROM interactions) g';

/** True when a filter names no days, source or flags: the sums kept (KEPT_EDGES) answer it without the events. */
export function overAllDays(filter: InteractionFilter): boolean {
  return filter.from === undefined && filter.to === undefined && filter.source === undefined && filter.negated === undefined && filter.modality === undefined && filter.political === undefined;
}

/**
 * The query for the place of a named edge in the summed rows `from` (filtered by `inner` within, `outer`
 * on the sums): one row with its `n`, `sid` and `tid`, none when it is not in the list.
 */
export function edgePlaceQuery(edge: EdgeName, from: string, inner: Where, outer: Where): { sql: string; params: unknown[] } {
  const named = withCondition(outer, { sql: 'g.sid = (SELECT id FROM actors WHERE key = ?) AND g.tid = (SELECT id FROM actors WHERE key = ?) AND g.code = ?', params: [edge.source, edge.target, edge.code] });
  return { sql: `SELECT g.n AS n, g.sid AS sid, g.tid AS tid FROM ${from} ${String(named)}`, params: [...inner.params, ...named.params] };
}

/** The place an edgePlaceQuery row gives, or undefined. */
export function edgePlaceOf(row: Row | undefined): EdgePlace | undefined {
  return row === undefined ? undefined : { n: num(row['n']), sid: num(row['sid']), tid: num(row['tid']) };
}
