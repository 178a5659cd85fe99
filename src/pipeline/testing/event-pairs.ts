/**
 * The events of a short article as "CODE source -> target" lines: what the events' tests compare,
 * which five of them wrote again.
 */
import { extract } from '../extract.js';

/** The events extracted from `text` (one article), each as "CODE source -> target". */
export function eventPairs(text: string): string[] {
  return extract({ id: 'pairs', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);
}
