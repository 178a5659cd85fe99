import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCode } from './code.js';
import type { CommandIO } from './io.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

function io(input: string): CommandIO & { stdout: Capture; stderr: Capture } {
  const stdin = new PassThrough();
  stdin.end(input);
  return { stdin, stdout: new Capture(), stderr: new Capture() };
}

describe('onrecord code', () => {
  it('codes each line of standard input, in order, with a reason when there is no event', async () => {
    const lines = [
      { id: 's1', text: 'Berg did not rule out a visit to Moscow.', source: 'Berg', target: 'Moscow' },
      { id: 's2', text: 'Berg met Lee.', source: 'Berg', target: 'Kerr' },
      { id: 's3', text: 'Berg met Lee.', source: 'Lee', target: 'Lee' },
    ];
    const streams = io(`${lines.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);
    expect(await runCode([], streams)).toBe(1);
    const out = streams.stdout.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({
      id: 's1', code: 'CONSULT', mode: 'visit', negated: false, modality: 'possible', plover: 'AGREE',
      trigger: { start: 24, end: 29, text: 'visit' },
    });
    expect(out[1]).toMatchObject({ id: 's2', code: null, reason: 'actor-not-found' });
    expect(out[2]).toMatchObject({ id: 's3', code: null, reason: 'same-actor' });
    expect(out[3]).toMatchObject({ id: null, code: null, reason: 'bad-json' });
    expect(streams.stderr.text).toMatch(/^stdin:4: not a JSON object/);
  });

  it('prints its help and rejects unknown options', async () => {
    const help = io('');
    expect(await runCode(['--help'], help)).toBe(0);
    expect(help.stdout.text).toMatch(/^Usage: onrecord code/);
    expect(await runCode(['--nope'], io(''))).toBe(2);
  });
});
