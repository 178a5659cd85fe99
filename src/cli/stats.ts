/** `onrecord stats`: the dashboard's tables — who gets quoted, where and when; events by month — on the terminal or as CSV. */
import { parseArgs } from 'node:util';
import { DEFAULT_DB } from '../store/open.js';
import { StoreError } from '../store/store.js';
import { statsTables, tableCsv } from '../stats/tables.js';
import { oneOf, printable, UsageError } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { openForReading } from './query.js';
import { renderTable } from './table.js';

/** The help text of `onrecord stats`. */
export const STATS_USAGE = `Usage: onrecord stats [options]

Prints the counts of the web UI's dashboard: quotes by speaker gender, by kind of speaker, by outlet
and per month; the people quoted most; events per month by category.

Options:
  --db FILE          the database (default: ./${DEFAULT_DB})
  --to table|csv     tables for a terminal (default), or CSV (each table after a "# name" line)
  -h, --help         show this help`;

/** Runs `onrecord stats`; resolves to the exit status. */
export async function runStats(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let db: string;
  let format: 'table' | 'csv';
  try {
    const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help === true) {
      io.stdout.write(`${STATS_USAGE}\n`);
      return 0;
    }
    db = values.db ?? DEFAULT_DB;
    format = values.to === undefined ? 'table' : oneOf(values.to, ['table', 'csv'] as const, 'to');
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord stats: ${error.message}\nRun 'onrecord stats --help' for usage.\n`);
    return 2;
  }
  const store = openForReading(db, io, 'stats');
  if (!store) return 1;
  try {
    if (store.stats === undefined) throw new StoreError(`${store.location}: this ${store.dialect} store does not give the dashboard's counts yet`, false);
    for (const table of statsTables(await store.stats())) {
      if (format === 'csv') io.stdout.write(`# ${table.name}\n${tableCsv(table)}\n`);
      else {
        io.stdout.write(`${table.title}\n`);
        io.stdout.write(table.rows.length === 0 ? `  ${table.empty}\n\n` : `${renderTable(table.columns.map((title) => ({ title, width: 40 })), table.rows.map((row) => row.map(String)))}\n`);
      }
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord stats: ${printable(error.message)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
