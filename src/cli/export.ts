/** `onrecord export`: the whole store, as records (JSON lines) or as CSV rows of one layer. */
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import type { ArticleRecord } from '../doc/record.js';
import { DEFAULT_DB } from '../store/open.js';
import { StoreError } from '../store/store.js';
import { oneOf, printable, UsageError } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { openForReading } from './query.js';
import { EVENT_ROWS, QUOTE_ROWS, recordEvents, recordQuotes } from './rows.js';
import { csvLine } from './table.js';

/** The help text of `onrecord export`. */
export const EXPORT_USAGE = `Usage: onrecord export [options]

Writes everything the store holds to standard output: one record per article, in the record format
of onrecord extract (JSON lines), or the rows of one layer as CSV.

Options:
  --db FILE                  the database (default: ./${DEFAULT_DB})
  --to jsonl|csv             output format (default: jsonl)
  --layer quotes|events|articles  the rows of the CSV (default: quotes)
  -h, --help                 show this help`;

const OPTIONS = {
  db: { type: 'string' },
  to: { type: 'string' },
  layer: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LAYERS = ['quotes', 'events', 'articles'] as const;
const ARTICLE_COLUMNS = ['id', 'date', 'source', 'url', 'title', 'entities', 'quotes', 'attributions', 'events', 'messages'];

function csvRows(record: ArticleRecord, layer: (typeof LAYERS)[number]): string {
  if (layer === 'articles') {
    const row = [record.id, record.date ?? '', record.source ?? '', record.url ?? '', record.title ?? ''];
    const counts = [record.entities, record.quotes, record.attributions, record.events, record.messages].map((list) => String(list.length));
    return csvLine([...row, ...counts]);
  }
  const kind = layer === 'quotes' ? QUOTE_ROWS : EVENT_ROWS;
  const hits = layer === 'quotes' ? recordQuotes(record).map(QUOTE_ROWS.cells) : recordEvents(record).map(EVENT_ROWS.cells);
  return hits.map((cells) => csvLine(kind.csv.map((field) => cells[field] ?? ''))).join('');
}

/** Runs `onrecord export`; resolves to the exit status. */
export async function runExport(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let settings: { db: string; to: 'jsonl' | 'csv'; layer: (typeof LAYERS)[number] };
  try {
    const { values } = parseArgs({ args: argv, options: OPTIONS });
    if (values.help === true) {
      io.stdout.write(`${EXPORT_USAGE}\n`);
      return 0;
    }
    const to = values.to === undefined ? 'jsonl' : oneOf(values.to, ['jsonl', 'csv'] as const, 'to');
    if (values.layer !== undefined && to !== 'csv') throw new UsageError('--layer applies to --to csv only');
    settings = { db: values.db ?? DEFAULT_DB, to, layer: values.layer === undefined ? 'quotes' : oneOf(values.layer, LAYERS, 'layer') };
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord export: ${error.message}\nRun 'onrecord export --help' for usage.\n`);
    return 2;
  }
  const store = openForReading(settings.db, io, 'export');
  if (!store) return 1;
  let closed = false;
  io.stdout.on('error', () => {
    closed = true;
  });
  try {
    if (settings.to === 'csv') {
      const header = settings.layer === 'articles' ? ARTICLE_COLUMNS : settings.layer === 'quotes' ? QUOTE_ROWS.csv : EVENT_ROWS.csv;
      io.stdout.write(csvLine(header));
    }
    for await (const record of store.records()) {
      if (closed) break;
      const chunk = settings.to === 'jsonl' ? `${JSON.stringify(record)}\n` : csvRows(record, settings.layer);
      if (!io.stdout.write(chunk)) await Promise.race([once(io.stdout, 'drain'), once(io.stdout, 'close')]).catch(() => undefined);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord export: ${printable(error.message)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
