/**
 * Event evaluation: codes each gold dyad with the sentence coder and scores the PLOVER category
 * under PLOVER's annotation conventions (the gold data follows them) against the gold one.
 */
import { codeSentence } from '../extract/events/code.js';
import { scoreEvents, type EventScores } from './event-score.js';
import type { EventGoldItem } from './read-events.js';

/** Codes every item and scores the result. */
export function evaluateEvents(items: readonly EventGoldItem[]): EventScores {
  return scoreEvents(
    items.map((item) => {
      const result = codeSentence(item);
      return { gold: item.gold, predicted: result.event ? result.event.plover : null };
    }),
  );
}

const pct = (value: number): string => value.toFixed(3);

/** The scores as text: a summary line, a table of classes, and the most frequent confusions. */
export function formatEventReport(scores: EventScores, title = 'event evaluation'): string {
  const lines = [
    `${title}: ${scores.items} dyads, accuracy ${pct(scores.accuracy)}, macro-F1 ${pct(scores.macroF1)} over ${scores.classes.length} classes` +
      (scores.uncoded > 0 ? ` (${scores.uncoded} dyads coded no event)` : ''),
    `  ${'class'.padEnd(10)} ${'gold'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
    ...scores.classes.map((c) => `  ${c.label.padEnd(10)} ${String(c.support).padStart(5)} ${pct(c.precision).padStart(6)} ${pct(c.recall).padStart(6)} ${pct(c.f1).padStart(6)}`),
  ];
  if (scores.confusions.length > 0) {
    lines.push(`  most frequent confusions (gold → predicted): ${scores.confusions.map((c) => `${c.gold}→${c.predicted} ${c.count}`).join(', ')}`);
  }
  return lines.join('\n');
}
