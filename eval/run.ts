/**
 * `npm run eval`: scores the quotations on PolNeAR (the dev split, or `--split train`), then the
 * events on the PLOVER dyads (train and dev splits of plv-train) and the PLOVER gold-standard
 * records, then who: names on CoNLL-2003 testa and GUM, GUM's pronouns and GUM's attributed speakers
 * (GUM train+dev, the tuning set, apart from GUM test), from the shared data beside the checkout; skips cleanly when a file is absent (a fresh
 * clone). Other arguments (--json, --limit N) go to `onrecord eval quotes`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runEval } from '../src/cli/eval.js';
import { extract } from '../src/index.js';
import type { ArticleRecord } from '../src/doc/record.js';
import { formatArticleEventReport, parseArticleEventGold, scoreArticleEvents } from '../src/eval/article-events.js';

const SPLITS = ['dev', 'train'];

// Built, this file is dist/eval/run.js: the repository root is two levels up, and the data beside it.
const root = new URL('../../', import.meta.url);
// ONRECORD_DATA points elsewhere (a worktree whose parent holds no shared data).
const data = process.env.ONRECORD_DATA ?? fileURLToPath(new URL('../shared/data/', root));

function splitArgument(args: string[]): { split: string; rest: string[] } {
  const at = args.findIndex((arg) => arg === '--split' || arg.startsWith('--split='));
  if (at === -1) return { split: 'dev', rest: args };
  const arg = args[at] ?? '';
  const split = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[at + 1] ?? '');
  const rest = [...args.slice(0, at), ...args.slice(at + (arg.includes('=') ? 1 : 2))];
  return { split, rest };
}

async function run(args: string[]): Promise<number> {
  const { split, rest: given } = splitArgument(args);
  const rest = given.filter((arg) => arg !== '--misses');
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
  process.stdout.write('\n');
  bbcEvents(fileURLToPath(new URL('eval/events-bbc.json', root)), `${data}bbc/bbc.jsonl`, given.includes('--misses'));
  const who: Array<[string, string, string]> = [
    ['entities', 'conll2003/conll2003-testa.jsonl', 'all'],
    ['entities', 'gum/gum-entities.jsonl', 'train,dev'], ['entities', 'gum/gum-entities.jsonl', 'test'],
    ['coref', 'gum/gum-coref.jsonl', 'train,dev'], ['coref', 'gum/gum-coref.jsonl', 'test'],
    ['quotes', 'gum/gum-attributions.jsonl', 'train,dev'], ['quotes', 'gum/gum-attributions.jsonl', 'test'],
  ];
  for (const [task, file, whichSplit] of who) {
    process.stdout.write('\n');
    if (!existsSync(`${data}${file}`)) skipped(`${data}${file}`);
    else status = Math.max(status, await runEval([task, '--gold', `${data}${file}`, '--split', whichSplit]));
  }
  return status;
}

/** The event check on BBC sentences: the gold names sentences by offsets, the text comes from the corpus. */
function bbcEvents(goldFile: string, corpus: string, misses: boolean): void {
  if (!existsSync(corpus)) return skipped(corpus);
  const gold = parseArticleEventGold(readFileSync(goldFile, 'utf8'));
  const wanted = new Set(gold.map((s) => s.id));
  const records = new Map<string, ArticleRecord>();
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as { id: string; text: string };
    if (wanted.has(article.id)) records.set(article.id, extract({ id: article.id, text: article.text }));
  }
  const scores = scoreArticleEvents(gold, records);
  process.stdout.write(`${formatArticleEventReport(scores, 'events on eval/events-bbc.json (BBC politics sentences)')}\n`);
  if (misses) process.stdout.write([...scores.misses.map((m) => `  missed ${m}`), ...scores.spurious.map((m) => `  extra  ${m}`)].join('\n') + '\n');
}

function skipped(file: string): void {
  process.stdout.write(`eval: skipped — ${file} not found (the evaluation data lives in shared/data beside the checkout)\n`);
}

process.exitCode = await run(process.argv.slice(2));
