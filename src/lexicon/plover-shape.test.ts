/**
 * The event patterns keep one shape (V8's hidden class): the trigger search reads every pattern of
 * a head word, and a second shape — the spread copies that merged patterns were — deoptimised it on
 * the first merged pattern matched, and it was compiled again. Run on the build in a process of its
 * own, since asking V8 for shapes needs a flag (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BUILT = fileURLToPath(new URL('../../dist/src/lexicon/plover.js', import.meta.url));

const CHECK = `
const { EVENT_PATTERNS, FLIP_PATTERNS } = await import(${JSON.stringify(BUILT)});
const patterns = [...EVENT_PATTERNS, ...FLIP_PATTERNS];
const words = patterns.flatMap((p) => p.words);
console.log(JSON.stringify({
  patterns: patterns.filter((p) => !%HaveSameMap(p, patterns[0])).length,
  words: words.filter((w) => !%HaveSameMap(w, words[0])).length,
  merged: words.filter((w) => w.others !== null).length,
}));`;

describe('PLOVER patterns', () => {
  it.runIf(existsSync(BUILT))('share one shape, merged patterns included, as do their words', () => {
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', CHECK], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const found = JSON.parse(run.stdout) as { patterns: number; words: number; merged: number };
    expect(found.merged).toBeGreaterThan(0);
    expect(found).toEqual({ patterns: 0, words: 0, merged: found.merged });
  });
});
