import { describe, expect, it } from 'vitest';
import { defaultMaxConnections, openFileLimit } from './limits.js';
import { rateLimited } from './log.js';

const LIMITS = `Limit                     Soft Limit           Hard Limit           Units
Max processes             63704                63704                processes
Max open files            1024                 524288               files
`;

describe('the connection cap', () => {
  it('reads the soft open-file limit and keeps a reserve below it', () => {
    expect(openFileLimit(LIMITS)).toBe(1024);
    expect(defaultMaxConnections(() => LIMITS)).toBe(960);
  });

  it('a tiny limit still allows 16; an unreadable or unlimited one falls back to 1000', () => {
    expect(defaultMaxConnections(() => LIMITS.replace('1024 ', '20   '))).toBe(16);
    expect(defaultMaxConnections(() => LIMITS.replace('1024 ', 'unlimited'))).toBe(1000);
    expect(
      defaultMaxConnections(() => {
        throw new Error('no /proc here');
      }),
    ).toBe(1000);
  });
});

describe('rateLimited', () => {
  it('writes the first of a kind per interval, and says how many it kept back with the next', () => {
    const lines: string[] = [];
    let clock = 0;
    const note = rateLimited((m) => lines.push(m), 10_000, () => clock);
    for (let i = 0; i < 5; i++) note('gone', 'a client went away');
    note('other', 'something else');
    clock = 10_000;
    note('gone', 'a client went away');
    expect(lines).toEqual(['a client went away', 'something else', 'a client went away (and 4 more since the last one)']);
  });
});
