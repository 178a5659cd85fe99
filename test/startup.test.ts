/**
 * What a start loads: reading files must not load the code that fetches URLs (its DNS and address
 * checks cost 10 million instructions at every start), which comes with the first URL; and V8's
 * flags stay Node's until the extractor loads.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from './run-bin.js';

const INPUTS = new URL('../dist/src/ingest/inputs.js', import.meta.url).href;
const SAMPLES = fileURLToPath(new URL('../samples/articles.jsonl', import.meta.url));

/** Reads `input` with the compiled readInputs in a new process; resolves to the articles read and whether DNS was loaded. */
function readInNewProcess(input: string): Promise<{ articles: number; dns: boolean }> {
  const script = `
    const { readInputs } = await import(${JSON.stringify(INPUTS)});
    let articles = 0;
    for await (const article of readInputs([${JSON.stringify(input)}], { fetch: { timeoutMs: 50 } })) articles += 1;
    console.log(JSON.stringify({ articles, dns: process.moduleLoadList.includes('NativeModule dns/promises') }));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) => {
      if (error !== null) reject(new Error(`reading ${input} failed: ${stderr}`));
      else resolve(JSON.parse(stdout) as { articles: number; dns: boolean });
    });
  });
}

describe('start-up: what reading inputs loads', () => {
  it('reads a file without loading the fetching code', async () => {
    const read = await readInNewProcess(SAMPLES);
    expect(read.articles).toBe(7);
    expect(read.dns).toBe(false);
  }, 30_000);

  it('loads the fetching code for a URL (a failed fetch is one unreadable article)', async () => {
    const read = await readInNewProcess('http://127.0.0.1:9/none.html');
    expect(read.articles).toBe(1);
    expect(read.dns).toBe(true);
  }, 30_000);
});

// Preloaded into bin/onrecord's process: says at exit whether V8's flags are still those it started with.
const FLAG_PROBE = `import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
const tag = v8.cachedDataVersionTag();
if (isMainThread) process.on('exit', () => { const now = v8.cachedDataVersionTag(); process.stderr.write('flags ' + (now === tag ? 'kept' : 'changed to ' + now) + '\\n'); });`;

/** Runs bin/onrecord with the probe; resolves to 'kept', or 'changed to N' (N: V8's tag of its flags then). */
function flagsAfter(args: string[]): Promise<string> {
  const probe = `data:text/javascript,${encodeURIComponent(FLAG_PROBE)}`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [`--import=${probe}`, BIN, ...args], (error, _stdout, stderr) => {
      const said = /^flags (kept|changed to \d+)$/m.exec(stderr)?.[1];
      if (error !== null || said === undefined) reject(new Error(`onrecord ${args.join(' ')} failed: ${stderr}`));
      else resolve(said);
    });
  });
}

describe("start-up: V8's compiler flags (src/pipeline/jit.ts)", () => {
  // Node's modules are compiled from their code cache only while the flags are Node's: set at start,
  // they made each worker's start compile them from source.
  // onrecord extract loads the extractor before it reads its first article (BatchOptions.startNow), so
  // only a command that extracts nothing leaves them.
  it('are left as they are by a command that extracts nothing', async () => {
    expect(await flagsAfter(['--version'])).toBe('kept');
    expect(await flagsAfter(['extract', '--help'])).toBe('kept');
  }, 30_000);

  it('are set for extraction in this thread, and in workers with a larger budget before optimising', async () => {
    const inThread = await flagsAfter(['extract', SAMPLES, '--to', 'jsonl', '--workers', '0']);
    const inWorkers = await flagsAfter(['extract', SAMPLES, '--to', 'jsonl', '--workers', '1']);
    expect(inThread).toMatch(/^changed/);
    expect(inWorkers).toMatch(/^changed/);
    expect(inWorkers).not.toBe(inThread);
  }, 60_000);
});

describe('start-up: a build older than the command', () => {
  it('says to rebuild, with no stack trace, when dist/ lacks what bin/onrecord calls', async () => {
    const root = await mkdtemp(join(tmpdir(), 'onrecord-stale-'));
    await mkdir(join(root, 'bin'));
    await mkdir(join(root, 'dist', 'bundle'), { recursive: true });
    await copyFile(BIN, join(root, 'bin', 'onrecord'));
    // A bundle from before the extractor's flags moved out of bin/onrecord: it has main alone.
    await writeFile(join(root, 'dist', 'bundle', 'main.js'), 'export async function main() { return 0; }\n');
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(root, 'bin', 'onrecord'), '--version'], (error, _stdout, err) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stderr: err });
      });
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/older sources[\s\S]*npm run build/);
    expect(stderr).not.toMatch(/TypeError|at file:/);
  }, 30_000);
});
