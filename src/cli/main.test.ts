import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture.js';
import { main } from './main.js';



describe('main', () => {
  it('prints the program help with --help and exits 0', async () => {
    const streams = captureIO();
    expect(await main(['--help'], streams)).toBe(0);
    expect(streams.stdout.text).toMatch(/Usage: onrecord <command>/);
    expect(streams.stdout.text).toContain('extract [INPUT...]');
  });

  it('exits 2 with the usage on stderr for no command and for an unknown one', async () => {
    const none = captureIO();
    expect(await main([], none)).toBe(2);
    expect(none.stderr.text).toMatch(/Usage:/);
    const unknown = captureIO();
    expect(await main(['frobnicate'], unknown)).toBe(2);
    expect(unknown.stderr.text).toContain('unknown command "frobnicate"');
    expect(unknown.stderr.text).toMatch(/Usage:/);
  });

  it('shows a command help with `extract --help` and `help extract`', async () => {
    for (const argv of [['extract', '--help'], ['help', 'extract']]) {
      const streams = captureIO();
      expect(await main(argv, streams)).toBe(0);
      expect(streams.stdout.text).toMatch(/Usage: onrecord extract/);
    }
  });

  it('rejects bad extract options with exit 2 and a message', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['extract', '--to', 'xml', 'x'], /--to must be one of jsonl, json, pretty/],
      [['extract', '--from', 'pdf', 'x'], /--from must be one of txt, html, jsonl, feed/],
      [['extract', '--workers', 'two', 'x'], /--workers must be a whole number/],
      [['extract', '--date', 'yesterday', 'x'], /--date must be an ISO date/],
      [['extract', '--colour'], /Unknown option '--colour'/],
      [['extract'], /no INPUT given/],
    ];
    for (const [argv, message] of cases) {
      const streams = captureIO();
      expect(await main(argv, streams), argv.join(' ')).toBe(2);
      expect(streams.stderr.text).toMatch(message);
    }
  });

  it('renders pretty output on a terminal, and JSON lines when piped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-main-'));
    const file = join(dir, 'a.jsonl');
    await writeFile(file, '{"id":"p1","title":"A headline","date":"2024-01-01","text":"\\"We are ready,\\" Anna Berg said."}\n');
    const terminal = captureIO({ tty: true });
    expect(await main(['extract', '--workers', '0', file], terminal)).toBe(0);
    expect(terminal.stdout.text).toMatch(/^== A headline \(p1\) — 2024-01-01/);
    expect(terminal.stdout.text).toMatch(/\d+ quotes? · /);
    const piped = captureIO();
    expect(await main(['extract', '--workers', '0', file], piped)).toBe(0);
    const lines = piped.stdout.text.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ id: 'p1', title: 'A headline' });
  });

  it('keeps a piped stderr clean, unless --progress asks for a progress line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-progress-'));
    const file = join(dir, 'a.jsonl');
    await writeFile(file, '{"id":"p1","text":"\\"We are ready,\\" Anna Berg said."}\n{"id":"p2","text":"Calm."}\n');
    const quiet = captureIO();
    expect(await main(['extract', '--workers', '0', file], quiet)).toBe(0);
    expect(quiet.stderr.text).toBe('');
    const asked = captureIO();
    expect(await main(['extract', '--workers', '0', '--progress', file], asked)).toBe(0);
    expect(asked.stderr.text).toMatch(/^onrecord: 2 articles · [\d.]+\/s \(done\)\n$/);
    expect(asked.stdout.text.trim().split('\n')).toHaveLength(2);
  });

  it('reads stdin when no INPUT is given and stdin is not a terminal', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s","text":"Hello."}\n')]);
    const streams = captureIO({ stdin });
    expect(await main(['extract', '--workers', '0', '--to', 'json'], streams)).toBe(0);
    expect((JSON.parse(streams.stdout.text) as Array<{ id: string }>).map((r) => r.id)).toEqual(['s']);
  });
});
