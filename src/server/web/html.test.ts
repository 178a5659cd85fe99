import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { count, escape, html } from './html.js';

describe('count', () => {
  it("writes any number as toLocaleString('en-US') does: thousands separators, signs, fractions", () => {
    for (const value of [0, 7, 999, 1000, -1000, 12345, 1234567, -987654321, 0.5, 2.25, 1e21, Number.MAX_SAFE_INTEGER]) {
      expect(count(value)).toBe(value.toLocaleString('en-US'));
    }
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true })), (value) => count(value) === value.toLocaleString('en-US')), { seed: 17 });
  });
});

describe('escape', () => {
  it('escapes the five special characters and leaves other text as it is', () => {
    expect(escape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
    expect(escape('plain 123')).toBe('plain 123');
    expect(String(html`<p title="${'x"y'}">${'<i>'}</p>`)).toBe('<p title="x&quot;y">&lt;i&gt;</p>');
  });
});
