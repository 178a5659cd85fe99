/** The streams a command talks to: the process's own, or stand-ins in tests. */
import type { Readable, Writable } from 'node:stream';

/** A writable stream that may be a terminal. */
export type Output = Writable & { isTTY?: boolean };

/** Standard input, output and error of a command. */
export interface CommandIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Output;
  stderr: Output;
}

/** The process's own streams. */
export function processIO(): CommandIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** True for the error `parseArgs` throws on a bad command line (not for a programming error). */
export function isUsageError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
