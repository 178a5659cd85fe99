/**
 * `npm run eval`: scores the quotations on PolNeAR (the dev split, or `--split train`), then the
 * events on the PLOVER dyads (train and dev splits of plv-train) and the PLOVER gold-standard
 * records, from the shared data beside the checkout; skips cleanly when a file is absent (a fresh
 * clone). Other arguments (--json, --limit N) go to `onrecord eval quotes`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEval } from '../src/cli/eval.js';

const SPLITS = ['dev', 'train'];

// Built, this file is dist/eval/run.js: the repository root is two levels up, and the data beside it.
const root = new URL('../../', import.meta.url);
const data = fileURLToPath(new URL('../shared/data/', root));

function splitArgument(args: string[]): { split: string; rest: string[] } {
  const at = args.findIndex((arg) => arg === '--split' || arg.startsWith('--split='));
  if (at === -1) return { split: 'dev', rest: args };
  const arg = args[at] ?? '';
  const split = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[at + 1] ?? '');
  const rest = [...args.slice(0, at), ...args.slice(at + (arg.includes('=') ? 1 : 2))];
  return { split, rest };
}

async function run(args: string[]): Promise<number> {
  const { split, rest } = splitArgument(args);
  if (!SPLITS.includes(split)) {
    process.stderr.write(`eval: --split must be one of ${SPLITS.join(', ')}; got "${split}"\n`);
    return 2;
  }
  const gold = `${data}polnear/${split}.jsonl`;
  let status = 0;
  if (!existsSync(gold)) skipped(gold);
  else status = await runEval(['quotes', '--gold', gold, ...rest]);
  const dyads = `${data}plover/plv-train.tsv`;
  const records = `${data}plover/gsr-cameo.json`;
  for (const [file, extra] of [[dyads, ['--split', 'train']], [dyads, ['--split', 'dev']], [records, []]] as const) {
    process.stdout.write('\n');
    if (!existsSync(file)) skipped(file);
    else status = Math.max(status, await runEval(['events', '--gold', file, ...extra]));
  }
  return status;
}

function skipped(file: string): void {
  process.stdout.write(`eval: skipped — ${file} not found (the evaluation data lives in shared/data beside the checkout)\n`);
}

process.exitCode = await run(process.argv.slice(2));
