/** Runs one adversarial input in a process of its own (`complexity-one.js`), with a time limit. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { OneRun } from './complexity-one.js';
import { repositoryRoot } from './root.js';

const ONE = join(repositoryRoot(), 'dist', 'bench', 'complexity-one.js');
/** A run that takes longer than this is stopped and reported as over it. */
export const LIMIT_SECONDS = 120;

/** Runs one pattern at one size; null when it was stopped at the limit or failed. */
export function runOne(name: string, bytes: number, limitSeconds = LIMIT_SECONDS): Promise<OneRun | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ONE, name, String(bytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), limitSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? (JSON.parse(out) as OneRun) : null);
    });
  });
}
