import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from './io.js';
import { settings } from './query-options.js';

const io: CommandIO = { stdin: new PassThrough(), stdout: new Writable(), stderr: new Writable() };
const filterOf = (argv: string[]): unknown => {
  const run = settings(argv, io);
  return run === 'help' ? null : run.filter;
};

describe('query options given twice: combined or rejected, never the last one kept', () => {
  it('reads --actor twice as the events between two actors (it kept the last one)', () => {
    expect(filterOf(['events', '--actor', 'USA', '--actor', 'GBR'])).toMatchObject({ between: ['USA', 'GBR'] });
    expect(filterOf(['events', '--actor', 'USA'])).toMatchObject({ actor: 'USA' });
    expect(filterOf(['events', '--source-actor', 'USA', '--target-actor', 'GBR'])).toMatchObject({ sourceActor: 'USA', targetActor: 'GBR' });
  });

  it('rejects a third actor, a second code, source or speaker, and mixed ways of naming sides', () => {
    const cases: Array<[string[], RegExp]> = [
      [['events', '--actor', 'A', '--actor', 'B', '--actor', 'C'], /--actor was given 3 times/],
      [['events', '--code', 'ACCUSE', '--code', 'CONSULT'], /--code was given 2 times/],
      [['quotes', '--speaker', 'Berg', '--speaker', 'Lee'], /--speaker was given 2 times/],
      [['quotes', '--source', 'A', '--source', 'B'], /--source was given 2 times/],
      [['events', '--actor', 'A', '--target-actor', 'B'], /exclude each other/],
      [['events', '--to', 'csv', '--to', 'jsonl'], /--to \(a format\) was given 2 times/],
      [['events', '--from', '2005-12-31', '--to', '2005-01-01'], /backwards/],
      [['quotes', '--modality', 'possible'], /--modality does not apply to quotes/],
      [['events', '--modality', 'rumoured'], /--modality must be one of asserted, possible/],
      [['events', '--all', '--negated'], /--all shows every event/],
    ];
    for (const [argv, message] of cases) expect(() => settings(argv, io), argv.join(' ')).toThrow(message);
  });

  it('shows asserted, not negated events unless the flags are asked for', () => {
    expect(filterOf(['events'])).toMatchObject({ negated: false, modality: ['asserted'] });
    expect(filterOf(['events', '--all'])).not.toHaveProperty('modality');
    expect(filterOf(['events', '--modality', 'requested', '--modality', 'possible'])).toEqual({ modality: ['requested', 'possible'] });
    expect(filterOf(['events', '--negated'])).toEqual({ negated: true });
  });
});
