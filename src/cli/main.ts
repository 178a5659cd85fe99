/** The `onrecord` program: reads the command name and hands the rest to that command's file. */
import { parseArgs } from 'node:util';
import { applyJitFlags } from '../pipeline/jit.js';
import { VERSION } from '../version.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** Asks for V8's compiler settings for extraction; bin/onrecord does, tests running `main` do not. */
export { requestJitFlags } from '../pipeline/jit.js';

type Command = (argv: string[], io: CommandIO) => Promise<number>;

interface CommandEntry {
  usage: string;
  summary: string;
  load: () => Promise<Command>;
}

// Commands are loaded when used, so one command's start-up never pays for another's.
const COMMANDS: Record<string, CommandEntry> = {
  extract: {
    usage: 'extract [INPUT...]',
    summary: 'records of who said what (quotes, entities, events), one per article',
    load: async () => (await import('./extract.js')).runExtract,
  },
  kb: {
    usage: 'kb import FILE | kb lookup NAME',
    summary: 'extend the knowledge base; see whom a name denotes on a date',
    load: async () => (await import('./kb.js')).runKb,
  },
  code: {
    usage: 'code [FILE...]',
    summary: 'the PLOVER event between two given actors of a sentence, JSON lines in and out',
    // It extracts in this thread: the JIT flags go before its modules load (src/pipeline/jit.ts).
    load: async () => {
      applyJitFlags();
      return (await import('./code.js')).runCode;
    },
  },
  ingest: {
    usage: 'ingest INPUT... [--db FILE|URL]',
    summary: 'extract articles and store them (SQLite, PostgreSQL; --queue for workers)',
    load: async () => (await import('./ingest.js')).runIngest,
  },
  work: {
    usage: 'work --db postgres://…',
    summary: 'take ingest jobs from the database\'s queue and store their records',
    load: async () => (await import('./work.js')).runWork,
  },
  status: {
    usage: 'status --db postgres://… [--retry]',
    summary: 'the ingest queue\'s jobs by state, failures with their errors',
    load: async () => (await import('./status.js')).runStatus,
  },
  copy: {
    usage: 'copy --from DB --to DB',
    summary: 'move a store between SQLite and PostgreSQL, checking nothing was lost',
    load: async () => (await import('./copy.js')).runCopy,
  },
  query: {
    usage: 'query quotes|entities|events|articles',
    summary: 'find quotes, actors, events or articles in the database',
    load: async () => (await import('./query.js')).runQuery,
  },
  export: {
    usage: 'export [--to jsonl|csv|parquet|polecat]',
    summary: 'write the whole database as records, or one layer as CSV, JSON lines, Parquet or POLECAT',
    load: async () => (await import('./export.js')).runExport,
  },
  stats: {
    usage: 'stats [--db FILE] [--to table|csv]',
    summary: 'who gets quoted (gender, kind, outlet, month, most quoted) and events by month',
    load: async () => (await import('./stats.js')).runStats,
  },
  serve: {
    usage: 'serve [--db FILE] [--port N]',
    summary: 'the JSON API and the web UI over the database (127.0.0.1:8080)',
    load: async () => (await import('./serve.js')).runServe,
  },
  eval: {
    usage: 'eval quotes|events --gold FILE',
    summary: 'score the extractors against gold annotations',
    load: async () => {
      applyJitFlags();
      return (await import('./eval.js')).runEval;
    },
  },
};

/** The program's help text. */
export const USAGE = `Usage: onrecord <command> [options]

Turns news articles into verifiable records of who said what, and who did what to whom.

Commands:
${Object.values(COMMANDS)
  .map(({ usage, summary }) => `  ${usage.padEnd(32)} ${summary}`)
  .join('\n')}

Options:
  -h, --help      show this help (onrecord <command> --help for a command's)
  -v, --version   show the version`;

/** Runs the program with its arguments (without `node` and the script); resolves to the exit status. */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const at = argv.findIndex((arg) => !arg.startsWith('-'));
  const globals = at === -1 ? argv : argv.slice(0, at);
  let values: { help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: globals,
      options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
    }));
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.stderr.write(`onrecord: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.version === true) {
    io.stdout.write(`onrecord ${VERSION}\n`);
    return 0;
  }
  const name = at === -1 ? undefined : argv[at];
  if (values.help === true || name === undefined) {
    (name === undefined && values.help !== true ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return values.help === true ? 0 : 2;
  }
  const rest = argv.slice(at + 1);
  if (name === 'help') return main(rest.length > 0 ? [...rest, '--help'] : ['--help'], io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr.write(`onrecord: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  return (await command.load())(rest, io);
}
