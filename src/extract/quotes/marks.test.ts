import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../../text/01-paragraphs.js';
import { findQuoted } from './01-marks.js';

function quoted(text: string): { spans: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const spans = findQuoted(text, findParagraphs(text), (code) => warnings.push(code)).map((q) => text.slice(q.start, q.end));
  return { spans, warnings };
}

describe('quote marks', () => {
  it.each([
    ['straight', 'He said "yes" and left.', ['"yes"']],
    ['curly', 'He said “yes” and left.', ['“yes”']],
    ['single', "He said 'yes' and left.", ["'yes'"]],
    ['curly single', 'He said ‘yes’ and left.', ['‘yes’']],
    ['guillemets', 'Il a dit «oui» hier.', ['«oui»']],
    ['apostrophes are not marks', "Berg's view: don't go, it's the '90s.", []],
    ['plural possessive', "The leaders' summit ended.", []],
    ['nested single in double', 'She said "he called it \'absurd\' twice" then.', ['"he called it \'absurd\' twice"']],
    ['doubled apostrophes', "''I write them off,'' said Mr. Pike.", ["''I write them off,''"]],
    ['two quotations', '"One," he said, "two."', ['"One,"', '"two."']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text).spans).toEqual(expected);
  });

  it('runs over paragraphs that reopen and closes at the last', () => {
    const text = '"First paragraph.\n"Second paragraph."\nAfter.';
    expect(quoted(text).spans).toEqual(['"First paragraph.\n"Second paragraph."']);
  });

  it('closes an unclosed quotation at its paragraph end and says so', () => {
    const { spans, warnings } = quoted('He said "this never ends.\nNext paragraph.');
    expect(spans).toEqual(['"this never ends.']);
    expect(warnings).toEqual(['unclosed-quote']);
  });
});
