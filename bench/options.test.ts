import { describe, expect, it } from 'vitest';
import { readBenchArgs } from './options.js';

const USAGE = 'node dist/bench/x.js [--db FILE] [--articles N]';
const NAMES = ['db', 'articles'] as const;

describe('a bench script\'s command line', () => {
  it('gives the string options asked', () => {
    expect(readBenchArgs(['--db', 'a.db', '--articles=5'], USAGE, NAMES)).toEqual({ values: { db: 'a.db', articles: '5' } });
  });
  it('prints the usage for --help, exit 0', () => {
    expect(readBenchArgs(['--help'], USAGE, NAMES)).toEqual({ message: `usage: ${USAGE}`, exitCode: 0 });
  });
  it('names an unknown option with the usage, exit 2, instead of throwing', () => {
    const args = readBenchArgs(['--dbb', 'a.db'], USAGE, NAMES);
    expect(args).toMatchObject({ exitCode: 2 });
    expect('message' in args && args.message).toContain("'--dbb'");
    expect('message' in args && args.message).toContain(`usage: ${USAGE}`);
  });
  it('names an option without its value', () => {
    const args = readBenchArgs(['--db'], USAGE, NAMES);
    expect(args).toMatchObject({ exitCode: 2 });
    expect('message' in args && args.message).toContain('--db');
  });
});
