import { describe, expect, it } from 'vitest';
import { goldKind } from './gold-kind.js';

function kindOf(text: string): string {
  return goldKind(text, [[0, text.length]]);
}

describe('goldKind', () => {
  it.each([
    ['“We will keep talking to both sides,”', 'direct'],
    ['"Our door stays open."', 'direct'],
    ["''That makes me smart''", 'direct'],
    ['«Nous restons ouverts.»', 'direct'],
    ['that the previous cabinet took a “completely different” line', 'mixed'],
    ["Cutting aid now would be a mistake, and 'we will not do it'", 'mixed'],
    ['no visit to Ankara has been planned', 'indirect'],
    ['the minister’s visit was cancelled', 'indirect'],
    ['the voters’ choice was clear', 'indirect'],
  ])('%j is %s', (text, expected) => {
    expect(kindOf(text)).toBe(expected);
  });

  it('calls a split quotation direct only when every piece is quoted', () => {
    const text = '“The talks were useful,” she said, “but nothing was agreed.” Then she said it was over.';
    const first: [number, number] = [0, text.indexOf(' she')];
    const second: [number, number] = [text.indexOf('“but'), text.indexOf(' Then')];
    const unquoted: [number, number] = [text.indexOf('it was'), text.length - 1];
    expect(goldKind(text, [first, second])).toBe('direct');
    expect(goldKind(text, [first, unquoted])).toBe('mixed');
  });
});
