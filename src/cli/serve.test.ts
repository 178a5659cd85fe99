/** `onrecord serve`'s command line: help, bad options, a missing database. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from './io.js';
import { runServe } from './serve.js';

function io(): CommandIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { stdin: new PassThrough(), stdout, stderr, out: () => out, err: () => err };
}

describe('onrecord serve', () => {
  it('prints its help', async () => {
    const streams = io();
    expect(await runServe(['--help'], streams, {})).toBe(0);
    expect(streams.out()).toMatch(/--port N[\s\S]*--host H[\s\S]*127\.0\.0\.1[\s\S]*--token[\s\S]*--allow-host H[\s\S]*--max-connections N/);
  });

  it('refuses a bad port, a short token and stray arguments with status 2', async () => {
    for (const argv of [['--port', 'http'], ['--port', '70000'], ['--token', 'short'], ['extra'], ['--max-connections', '0'], ['--max-connections', 'many']]) {
      const streams = io();
      expect(await runServe(argv, streams, {})).toBe(2);
      expect(streams.err()).toMatch(/^onrecord serve: /);
    }
    const streams = io();
    expect(await runServe([], streams, { ONRECORD_TOKEN: 'tiny' })).toBe(2);
  });

  it('says so when there is no database to serve read-only', async () => {
    const streams = io();
    expect(await runServe(['--db', '/nonexistent/onrecord.db', '--port', '0'], streams, {})).toBe(1);
    expect(streams.err()).toMatch(/no database at \/nonexistent\/onrecord\.db/);
  });
});
