/**
 * `eval entities`: runs the default pipeline on each gold text and scores its names (the name inside
 * each name mention, titles left out, typed as its entity) against the gold names.
 */
import { Doc } from '../doc/document.js';
import type { EntityType } from '../doc/record.js';
import { defaultPipeline } from '../pipeline/presets.js';
import type { EntityGoldDocument, GoldName, GoldType } from './entity-gold.js';
import { emptyEntityTallies, entityScores, tallyEntities, type EntityRowScore } from './entity-score.js';

/** The names a system finds in one text. */
export type PredictNames = (doc: EntityGoldDocument) => GoldName[];

/** The entity evaluation: what was scored, and one row per type. */
export interface EntityReport {
  documents: number;
  rows: EntityRowScore[];
}

// A country is a place in the gold sets' four types.
const AS_GOLD: Record<EntityType, GoldType> = {
  person: 'person', organization: 'organisation', country: 'place', place: 'place', other: 'other',
};

/** The library's names in a text: each name mention once, typed as the entity it joined. */
export function pipelineNames(gold: EntityGoldDocument): GoldName[] {
  const doc = new Doc(gold.text, { id: gold.id });
  defaultPipeline().run(doc);
  const seen = new Set<string>();
  const names: GoldName[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'name') continue;
    const span = m.name ?? m;
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const type = m.entity !== null ? (doc.entities[m.entity]?.type ?? m.type) : m.type;
    names.push({ span: [span.start, span.end], type: AS_GOLD[type] });
  }
  return names.sort((a, b) => a.span[0] - b.span[0]);
}

/** Scores the gold documents against predicted names (by default, the library's). */
export function evaluateEntities(documents: readonly EntityGoldDocument[], predict: PredictNames = pipelineNames): EntityReport {
  const tallies = emptyEntityTallies();
  for (const doc of documents) tallyEntities(tallies, doc.names, predict(doc));
  return { documents: documents.length, rows: entityScores(tallies) };
}

function cell(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/** The report as a plain-text table. */
export function formatEntityReport(report: EntityReport, title: string): string {
  const head = ['type', 'gold', 'pred', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'];
  const table = [head, ...report.rows.map((r) => [
    r.row, String(r.gold), String(r.predicted),
    cell(r.exactP.value), cell(r.exactR.value), cell(r.exactF1), cell(r.overlapP.value), cell(r.overlapR.value), cell(r.overlapF1),
  ])];
  const widths = head.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length)));
  const lines = table.map((line) => line.map((t, c) => (c === 0 ? t.padEnd(widths[c] ?? 0) : t.padStart(widths[c] ?? 0))).join('  '));
  return [`entities on ${title}: ${report.documents} documents`, '', ...lines, '',
    'exact: same span and type; overlap: one-to-one pairs of the same type sharing a character; span only: same span, any type.'].join('\n');
}
