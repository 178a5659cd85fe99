/** `onrecord export`: the whole store, as records (JSON lines) or as the rows of one layer (CSV, JSON lines, Parquet, POLECAT). */
import { parseArgs } from 'node:util';
import type { ArticleRecord } from '../doc/record.js';
import { DEFAULT_DB } from '../store/open.js';
import { StoreError } from '../store/store.js';
import { oneOf, printable, UsageError } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { openForReading } from './query.js';
import type { RowWriter } from './row-writer.js';
import { fileOut, streamOut, type TextOut } from './sink.js';
import { checkTabular, LAYERS, layoutOf, openRows, recordRows, TABULAR_FORMATS, writeFailure, type LayerName, type TabularFormat } from './tabular.js';

/** The help text of `onrecord export`. */
export const EXPORT_USAGE = `Usage: onrecord export [options]

Writes everything the store holds: one record per article, in the record format of onrecord extract
(JSON lines), or the rows of one layer — the same columns as onrecord query writes.

Options:
  --db FILE                  the database (default: ./${DEFAULT_DB})
  --to jsonl|csv|parquet|polecat  output format (default: jsonl); polecat is events in POLECAT's
                             tab-separated layout, its 40 columns then ours
  --layer quotes|events|articles  the rows to write (default: whole records for jsonl, quotes otherwise)
  --out FILE                 write to FILE (needed for parquet): it appears only once complete
  -h, --help                 show this help`;

const OPTIONS = {
  db: { type: 'string' },
  to: { type: 'string' },
  layer: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  db: string;
  /** Null: whole records as JSON lines. */
  rows: { layer: LayerName; format: TabularFormat } | null;
  out: string | undefined;
}

function settings(argv: string[]): Settings | 'help' {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  if (values.help === true) return 'help';
  const format = values.to === undefined ? 'jsonl' : oneOf(values.to, TABULAR_FORMATS, 'to');
  const layer = values.layer === undefined ? undefined : oneOf(values.layer, LAYERS, 'layer');
  const db = values.db ?? DEFAULT_DB;
  if (format === 'jsonl' && layer === undefined) return { db, rows: null, out: values.out };
  const rows = { layer: layer ?? (format === 'polecat' ? 'events' : 'quotes'), format };
  checkTabular(rows.layer, rows.format, values.out);
  return { db, rows, out: values.out };
}

/** Takes whole records and writes what the export asks of each. */
interface RecordSink {
  put(record: ArticleRecord): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

// Whole records as JSON lines, through the same destinations as rows.
function recordLines(out: TextOut): RecordSink {
  return { put: (record) => out.write(`${JSON.stringify(record)}\n`), close: () => out.commit(), abort: () => out.abort() };
}

// A layer's rows of each record.
function layerRows(writer: RowWriter, layer: LayerName, format: TabularFormat): RecordSink {
  return {
    async put(record) {
      for (const row of recordRows(record, layer, format)) await writer.write(row);
    },
    close: () => writer.close(),
    abort: () => writer.abort(),
  };
}

/** Runs `onrecord export`; resolves to the exit status. */
export async function runExport(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let run: Settings | 'help';
  try {
    run = settings(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord export: ${error.message}\nRun 'onrecord export --help' for usage.\n`);
    return 2;
  }
  if (run === 'help') {
    io.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const store = openForReading(run.db, io, 'export');
  if (!store) return 1;
  let sink: RecordSink | undefined;
  // A reader that goes away (`| head`) ends the export quietly, as for any command writing to a pipe.
  let closed = false;
  const onError = (): void => {
    closed = true;
  };
  if (run.out === undefined) io.stdout.on('error', onError);
  try {
    const { rows, out } = run;
    sink =
      rows === null
        ? recordLines(out === undefined ? streamOut(io.stdout) : await fileOut(out))
        : layerRows(await openRows(layoutOf(rows.layer, rows.format), rows.format, out, io.stdout), rows.layer, rows.format);
    for await (const record of store.records()) {
      if (closed) break;
      await sink.put(record);
    }
    await sink.close();
    return 0;
  } catch (error) {
    await sink?.abort();
    if (closed) return 0;
    const reason = error instanceof StoreError ? error.message : writeFailure(error, run.out);
    if (reason === null) throw error;
    io.stderr.write(`onrecord export: ${printable(reason)}\n`);
    return 1;
  } finally {
    io.stdout.off('error', onError);
    await store.close();
  }
}
