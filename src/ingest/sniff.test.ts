import { describe, expect, it } from 'vitest';
import { normaliseDate } from './dates.js';
import { isGzip, sniffFormat } from './sniff.js';

describe('sniffFormat', () => {
  it('tells JSON lines, JSON, feeds, HTML and text apart by their first bytes', () => {
    const cases: Array<[string, string]> = [
      ['  {"id":1}', 'jsonl'],
      ['[{"id":1}]', 'json'],
      ['<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">', 'feed'],
      ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
      ['<rdf:RDF xmlns:rdf="x">', 'feed'],
      ['<!DOCTYPE html><html>', 'html'],
      ['<p>Hello</p>', 'html'],
      ['The council met.', 'txt'],
      ['< 3 is less', 'txt'],
    ];
    for (const [head, format] of cases) expect(sniffFormat(Buffer.from(head)), head).toBe(format);
  });

  it('knows gzip by its magic number', () => {
    expect(isGzip(Buffer.from([0x1f, 0x8b, 8]))).toBe(true);
    expect(isGzip(Buffer.from('{"a"'))).toBe(false);
  });
});

describe('normaliseDate', () => {
  it('keeps ISO dates, turns RFC 822 into ISO in its own zone, and drops what it cannot read', () => {
    expect(normaliseDate('2024-03-12')).toBe('2024-03-12');
    expect(normaliseDate('Tue, 12 Mar 2024 23:00:00 -0500')).toBe('2024-03-12T23:00:00-05:00');
    expect(normaliseDate('12 Mar 2024 08:05 GMT')).toBe('2024-03-12T08:05:00Z');
    expect(normaliseDate('March 12, 2024 10:00 UTC')).toBe('2024-03-12T10:00:00.000Z');
    expect(normaliseDate('soon')).toBeUndefined();
    expect(normaliseDate('')).toBeUndefined();
  });
});
