/** Prints an evaluation report as a plain-text table. */
import type { EvalReport, RowScore } from './evaluate.js';
import type { Ratio } from './score.js';

function number(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

function cell(ratio: Ratio): string {
  return number(ratio.value);
}

// A share with how many it is of ("0.508 (177)"), or a dash when there is none.
function counted(ratio: Ratio): string {
  return ratio.of === 0 ? '–' : `${cell(ratio)} (${ratio.of})`;
}

const COLUMNS: ReadonlyArray<[string, (row: RowScore) => string]> = [
  ['row', (row) => row.label],
  ['overlap', (row) => `>${row.threshold}`],
  ['gold', (row) => String(row.gold)],
  ['pred', (row) => String(row.predicted - row.neutral)],
  ['neutral', (row) => String(row.neutral)],
  ['match', (row) => String(row.matched)],
  ['P', (row) => cell(row.precision)],
  ['R', (row) => cell(row.recall)],
  ['F1', (row) => number(row.f1)],
  ['speaker', (row) => cell(row.speaker)],
  ['person', (row) => counted(row.identity)],
  ['named', (row) => counted(row.identityNamed)],
  ['cue', (row) => cell(row.cue)],
  ['R direct', (row) => cell(row.recallByKind.direct)],
  ['R mixed', (row) => cell(row.recallByKind.mixed)],
  ['R indirect', (row) => cell(row.recallByKind.indirect)],
];

/** The report as text: a summary line, then one table line per row and threshold. */
export function formatReport(report: EvalReport, title = 'quote evaluation'): string {
  const summary =
    `${title}: ${report.documents} documents, ${report.goldItems} gold items ` +
    `(${report.speechGoldItems} with a speech cue, ${report.goldWithSource} with a source); ` +
    `predicted ${report.predictedQuotes} quotes, ${report.predictedAttributions} attributions` +
    (report.failedExtractions > 0 ? `; ${report.failedExtractions} articles FAILED extraction (error messages on their records)` : '');
  const table = [COLUMNS.map(([name]) => name), ...report.rows.map((row) => COLUMNS.map(([, value]) => value(row)))];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length)));
  const lines = table.map((line) =>
    line.map((text, c) => (c === 0 ? text.padEnd(widths[c] ?? 0) : text.padStart(widths[c] ?? 0))).join('  ').trimEnd(),
  );
  const notes = [
    'pred excludes neutral predictions (matched to gold without a speech cue); speaker and cue are accuracies on matched pairs;',
    'person: the resolved speaker\'s name against the gold full name, on matched pairs whose gold gives one (how many);',
    'named: the same, on the pairs whose gold person the text names (surname or given name), as a reader could;',
    'R direct/mixed/indirect split recall by whether the gold content is wholly, partly or not quoted.',
  ];
  return [summary, '', ...lines, '', ...notes].join('\n');
}
