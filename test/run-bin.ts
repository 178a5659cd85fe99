/** Runs bin/onrecord as a child process, for end-to-end tests. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The executable, as a user runs it. */
export const BIN = fileURLToPath(new URL('../bin/onrecord', import.meta.url));

/** What a run of the program gave: its exit status and its output. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `bin/onrecord` with arguments and no standard input; resolves when it exits. */
export function onrecord(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(BIN, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
    child.stdin?.end();
  });
}
