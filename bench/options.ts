/**
 * The command line of a bench script: its options are strings (`--db FILE`), `--help` prints its
 * usage, and an unknown option or a missing value is one line naming the cause with the usage —
 * never a stack trace.
 */
import { parseArgs } from 'node:util';

/** What a command line asks: the options' values, or a message to print and the exit code. */
export type BenchArgs<K extends string> =
  | { values: Partial<Record<K, string>> }
  | { message: string; exitCode: number };

/** Reads `argv` for the string options `names`, with `--help`; pure, so it can be tested. */
export function readBenchArgs<K extends string>(argv: string[], usage: string, names: readonly K[]): BenchArgs<K> {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  for (const name of names) options[name] = { type: 'string' };
  let read: Record<string, string | boolean | undefined>;
  try {
    read = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return { message: `${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`, exitCode: 2 };
  }
  if (read.help === true) return { message: `usage: ${usage}`, exitCode: 0 };
  const values: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = read[name];
    if (typeof value === 'string') values[name] = value;
  }
  return { values };
}

/** The options of this process's command line; prints the usage or the error and exits when asked. */
export function benchOptions<K extends string>(usage: string, names: readonly K[]): Partial<Record<K, string>> {
  const args = readBenchArgs(process.argv.slice(2), usage, names);
  if ('values' in args) return args.values;
  (args.exitCode === 0 ? process.stdout : process.stderr).write(`${args.message}\n`);
  process.exit(args.exitCode);
}
