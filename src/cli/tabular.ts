/**
 * The tabular outputs `query` and `export` share: a layer's rows from records, in one of the formats,
 * to standard output or to a file that appears only when whole.
 */
import type { ArticleRecord } from '../doc/record.js';
import { VERSION } from '../version.js';
import type { Output } from './io.js';
import { polecatRow, POLECAT_LAYOUT } from './polecat.js';
import { parquetRows, textRows, type RowWriter } from './row-writer.js';
import { ARTICLE_LAYOUT, articleRow, EVENT_LAYOUT, eventRow, QUOTE_LAYOUT, quoteRow, type Layout, type Row } from './rows.js';
import { fileOut, streamOut } from './sink.js';
import { UsageError } from './inputs.js';

/** Layers a tabular output has rows of. */
export const LAYERS = ['quotes', 'events', 'articles'] as const;
/** A layer. */
export type LayerName = (typeof LAYERS)[number];

/** Formats of rows: `polecat` is events in POLECAT's tab-separated layout. */
export const TABULAR_FORMATS = ['csv', 'jsonl', 'parquet', 'polecat'] as const;
/** A format of rows. */
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

/** The layout of a layer's rows in a format. */
export function layoutOf(layer: LayerName, format: TabularFormat): Layout {
  if (format === 'polecat') return POLECAT_LAYOUT;
  return layer === 'quotes' ? QUOTE_LAYOUT : layer === 'events' ? EVENT_LAYOUT : ARTICLE_LAYOUT;
}

/** The rows of a layer of one record, in a format's layout; `keep` chooses findings by id (a query's hits). */
export function recordRows(record: ArticleRecord, layer: LayerName, format: TabularFormat, keep?: (id: string) => boolean): Row[] {
  const kept = <T extends { id: string }>(items: readonly T[]): T[] => (keep === undefined ? [...items] : items.filter((item) => keep(item.id)));
  if (format === 'polecat') return kept(record.events).map((event) => polecatRow(record, event, `onrecord ${VERSION}`));
  if (layer === 'quotes') return kept(record.quotes).map((quote) => quoteRow(record, quote));
  if (layer === 'events') return kept(record.events).map((event) => eventRow(record, event));
  return [articleRow(record)];
}

/** Checks that a format fits a layer and a destination; throws a UsageError that says why not. */
export function checkTabular(layer: LayerName, format: TabularFormat, out: string | undefined): void {
  if (format === 'polecat' && layer !== 'events') throw new UsageError('--to polecat writes events: use it with events');
  if (format === 'parquet' && out === undefined) throw new UsageError('--to parquet writes a file: name it with --out FILE');
}

/** Opens the writer of rows in `format`: to the file `out` (whole or not at all), else to `stdout`. */
export async function openRows(layout: Layout, format: TabularFormat, out: string | undefined, stdout: Output): Promise<RowWriter> {
  if (format === 'parquet') {
    if (out === undefined) throw new UsageError('--to parquet writes a file: name it with --out FILE');
    return parquetRows(layout, out, `onrecord ${VERSION}`);
  }
  const target = out === undefined ? streamOut(stdout) : await fileOut(out);
  return textRows(format === 'polecat' ? 'tsv' : format, layout, target);
}

/** A one-line reason for a failure to write `out` (no stack trace), or null for a programming error. */
export function writeFailure(error: unknown, out: string | undefined): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code)) {
    return `cannot write ${out ?? 'the output'}: ${error.message}`;
  }
  return null;
}
