/**
 * Rows written one at a time in a tabular format: CSV (RFC 4180), tab-separated (the POLECAT files'
 * format), JSON lines, or Parquet (a row group per 10,000 rows, so memory does not grow with the store).
 */
import { renameSync, rmSync } from 'node:fs';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { cellText, type Cell, type ColumnSpec, type Layout, type Row } from './rows.js';
import { partialPath, type TextOut } from './sink.js';
import { csvLine } from './table.js';

/** The tabular formats. */
export const ROW_FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'] as const;
/** A tabular format. */
export type RowFormat = (typeof ROW_FORMATS)[number];

/** Takes rows, then is closed (the output is whole) or aborted (nothing is left that looks whole). */
export interface RowWriter {
  write(row: Row): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

// A tab-separated field: tabs and line breaks would split the row, so they become spaces.
const tsvLine = (fields: readonly string[]): string => `${fields.map((field) => field.replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`;

/** Rows as text lines to `out`: a header line first for CSV and TSV. */
export function textRows(format: Exclude<RowFormat, 'parquet'>, layout: Layout, out: TextOut): RowWriter {
  const names = layout.columns.map((column) => column.name);
  const line = (row: Row): string => {
    if (format === 'jsonl') return `${JSON.stringify(Object.fromEntries(names.map((name) => [name, row[name] ?? null])))}\n`;
    const cells = names.map((name) => cellText(row[name]));
    return format === 'csv' ? csvLine(cells) : tsvLine(cells);
  };
  let header = format === 'jsonl' ? '' : format === 'csv' ? csvLine(names) : tsvLine(names);
  return {
    async write(row) {
      await out.write(header + line(row));
      header = '';
    },
    async close() {
      if (header !== '') await out.write(header);
      await out.commit();
    },
    abort: () => out.abort(),
  };
}

/** Rows per Parquet row group: what is held in memory before it is written. */
export const PARQUET_GROUP = 10_000;

function schemaElement(column: ColumnSpec): SchemaElement {
  const base = { name: column.name, repetition_type: 'OPTIONAL' as const };
  if (column.type === 'int') return { ...base, type: 'INT32' };
  if (column.type === 'boolean') return { ...base, type: 'BOOLEAN' };
  return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' };
}

// A cell as its column's Parquet value: a value of another type is the caller's mistake.
function parquetValue(column: ColumnSpec, value: Cell | undefined): Cell {
  if (value === null || value === undefined) return null;
  const ok = column.type === 'int' ? typeof value === 'number' : column.type === 'boolean' ? typeof value === 'boolean' : typeof value === 'string';
  if (!ok) throw new Error(`row writer: column ${column.name} takes ${column.type} values, got ${JSON.stringify(value)}`);
  return value;
}

/** Rows as a Parquet file at `path`, written under a temporary name and renamed when closed. */
export function parquetRows(layout: Layout, path: string, createdBy: string): RowWriter {
  const temporary = partialPath(path);
  const writer = new ParquetWriter({
    writer: fileWriter(temporary),
    schema: [{ name: 'root', num_children: layout.columns.length }, ...layout.columns.map(schemaElement)],
    createdBy,
  });
  let pending: Row[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const columnData = layout.columns.map((column) => ({ name: column.name, data: pending.map((row) => parquetValue(column, row[column.name])) }));
    pending = [];
    await writer.write({ columnData, rowGroupSize: PARQUET_GROUP });
  };
  return {
    async write(row) {
      pending.push(row);
      if (pending.length >= PARQUET_GROUP) await flush();
    },
    async close() {
      await flush();
      await writer.finish();
      renameSync(temporary, path);
    },
    abort() {
      rmSync(temporary, { force: true });
      return Promise.resolve();
    },
  };
}
