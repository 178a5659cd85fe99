/**
 * The command line's bundle (scripts/bundle.ts, run by `npm run build`) behaves as the compiled
 * modules it was made from: each module still finds its data files beside its own compiled file.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { onrecord } from './run-bin.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLED = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url));
const MODULES = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const WORKER = fileURLToPath(new URL('../dist/bundle/batch-worker.js', import.meta.url));
const COMPILED_POOL = new URL('../dist/src/pipeline/worker-pool.js', import.meta.url).href;
const SAMPLES = fileURLToPath(new URL('../samples/articles.jsonl', import.meta.url));

/** Runs the `main` of one entry with arguments; resolves to what it wrote on stdout. */
function run(entry: string, args: string[]): Promise<string> {
  const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(${JSON.stringify(args)});`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`${entry} failed: ${stderr}`));
      else resolve(stdout);
    });
  });
}

describe('bundle: the command line as one bundle', () => {
  it('is made by the build', () => {
    expect(existsSync(BUNDLED)).toBe(true);
  });

  it('reads the tagger lexicon and the knowledge base from beside the compiled modules (same records)', async () => {
    const args = ['extract', SAMPLES, '--to', 'jsonl', '--workers', '0'];
    const [bundled, modules] = await Promise.all([run(BUNDLED, args), run(MODULES, args)]);
    expect(bundled.trim().split('\n')).toHaveLength(7);
    expect(bundled).toBe(modules);
    // The samples name organisations and countries the knowledge base knows: linking ran with its data.
    expect(bundled).toMatch(/"kbId":"[^"]+"/);
  }, 60_000);

  it('gives the batch runner a bundled worker, which the compiled pool starts (a worker loaded dist/src module by module)', async () => {
    expect(existsSync(WORKER)).toBe(true);
    const pool = (await import(COMPILED_POOL)) as { workerScript: () => URL };
    expect(fileURLToPath(pool.workerScript())).toBe(WORKER);
  });

  it('extracts in its bundled workers the same records as in one thread of the modules', async () => {
    // bin/onrecord runs the bundle (a worker takes the process's options, and `-e` is none for it).
    const [bundled, modules] = await Promise.all([
      onrecord(['extract', SAMPLES, '--to', 'jsonl', '--workers', '2']),
      run(MODULES, ['extract', SAMPLES, '--to', 'jsonl', '--workers', '0']),
    ]);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout.trim().split('\n')).toHaveLength(7);
    expect(bundled.stdout).toBe(modules);
  }, 60_000);

  it('reads its version from the package file', async () => {
    const [bundled, modules] = await Promise.all([run(BUNDLED, ['--version']), run(MODULES, ['--version'])]);
    expect(bundled).toBe(modules);
    expect(bundled).toMatch(/^onrecord \d+\.\d+\.\d+/);
  }, 60_000);
});
