/**
 * What a start loads: reading files must not load the code that fetches URLs (its DNS and address
 * checks cost 10 million instructions at every start), which comes with the first URL.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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
