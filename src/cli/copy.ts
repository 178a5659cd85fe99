/** `onrecord copy --from DB --to DB`: moves a store (SQLite file or PostgreSQL URL) to another, and checks nothing was lost. */
import { parseArgs } from 'node:util';
import { copyStore } from '../store/copy.js';
import { connectStore } from '../store/open.js';
import { StoreError, type Store } from '../store/store.js';
import { printable } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** The help text of `onrecord copy`. */
export const COPY_USAGE = `Usage: onrecord copy --from DB --to DB

Copies every stored article (its record, key and hash) from one store to another: a SQLite file or
a postgres://USER:PASSWORD@HOST:PORT/DATABASE URL, either way. The target is created (or migrated)
when needed; articles it already holds unchanged are left alone, so a copy stopped half-way can be run
again. Afterwards both stores' counts and a checksum of all their records are compared.

Options:
  --from DB     the store to copy
  --to DB       the store to copy into
  -h, --help    show this help

Exit status: 0 when the target holds exactly what the source holds, 1 when not (or a store failed),
2 for a bad command line.`;

const OPTIONS = { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** Runs `onrecord copy`; resolves to the exit status. */
export async function runCopy(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS }).values;
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.stderr.write(`onrecord copy: ${error.message}\nRun 'onrecord copy --help' for usage.\n`);
    return 2;
  }
  if (values.help === true) {
    io.stdout.write(`${COPY_USAGE}\n`);
    return 0;
  }
  if (values.from === undefined || values.to === undefined) {
    io.stderr.write(`onrecord copy: both --from and --to are required\nRun 'onrecord copy --help' for usage.\n`);
    return 2;
  }
  const stores: Store[] = [];
  try {
    const from = await connectStore(values.from, { readonly: true });
    stores.push(from);
    const to = await connectStore(values.to);
    stores.push(to);
    const started = performance.now();
    const report = await copyStore(from, to);
    const { outcomes } = report;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stderr.write(`onrecord: copied ${printable(from.location)} → ${printable(to.location)} in ${seconds} s: ${outcomes.stored + outcomes.republished} stored, ${outcomes.replaced} replaced, ${outcomes.unchanged} unchanged, ${outcomes.failed} not stored\n`);
    const counts = (c: typeof report.from.counts): string => `${c.articles} articles, ${c.quotes} quotes, ${c.events} events, ${c.entities} entities, ${c.actors} actors`;
    io.stderr.write(`onrecord: source ${counts(report.from.counts)}, records checksum ${report.from.checksum}\n`);
    io.stderr.write(`onrecord: target ${counts(report.to.counts)}, records checksum ${report.to.checksum}\n`);
    io.stderr.write(report.same ? 'onrecord: the target holds exactly what the source holds\n' : 'onrecord: the stores differ (the target held other articles before, or some were not stored)\n');
    return report.same ? 0 : 1;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord copy: ${printable(error.message)}\n`);
    return 1;
  } finally {
    await Promise.all(stores.map((store) => store.close().catch(() => undefined)));
  }
}
