/**
 * Inputs made to find time that grows faster than the text: each is a short unit repeated to the
 * size asked for. Extraction of every one should take time in proportion to its length (issue 17,
 * item 5). Shared by the complexity bench (`bench/complexity.ts`) and the fault-injection test.
 */

/** One adversarial input: plain text made of a repeated unit, or an HTML page built to a size. */
export interface Adversarial {
  name: string;
  /** `text` is extracted as it is; `html` is read as a page first (its DOM and text extraction). */
  kind: 'text' | 'html';
  make: (bytes: number) => string;
}

function repeat(unit: string): (bytes: number) => string {
  return (bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

// Nested elements, closed at the end: the depth grows with the size.
function nested(bytes: number): string {
  const depth = Math.floor(bytes / 20);
  return `<html><body>${'<div>'.repeat(depth)}Ann Lee said so.${'</div>'.repeat(depth)}</body></html>`;
}

// Invented surnames, one per number ("Kavorek", "Belkavek", …), and given names to go before them.
const SYLLABLES = ['ka', 'vor', 'bel', 'un', 'tir', 'mo', 'zan', 'del', 'rik', 'os'];
const GIVEN = ['Ann', 'Tom', 'Maria', 'John', 'Sara', 'Peter', 'Laura', 'David'];

function surname(n: number): string {
  let word = '';
  let k = n;
  do {
    word += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}ek`;
}

// A different person in each paragraph, named in full and then by surname: the names grow with the size.
function people(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const part = `${GIVEN[n % GIVEN.length]} ${surname(n)} met officials on Monday. ${surname(n)} said it rained.\n\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes);
}

// Capitals for a number ("X", "XB", …): an acronym of its own for each paragraph.
function capitals(n: number): string {
  let word = '';
  let k = n;
  do {
    word += String.fromCharCode(65 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return word;
}

// A different body in each paragraph, named in full, then an acronym that spells no body named before.
function bodiesAndAcronyms(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const part = `The ${surname(n)} ${surname(n + 1)} Agency said so. The Q${capitals(n)} said no.\n\n`;
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes);
}

/** The patterns, our own invented units: each stresses one scanner. */
export const ADVERSARIAL: readonly Adversarial[] = [
  { name: 'reports ("he said that ")', kind: 'text', make: repeat('he said that ') },
  { name: 'short lines ("a\\n")', kind: 'text', make: repeat('a\n') },
  { name: 'straight quote marks', kind: 'text', make: repeat('"') },
  { name: 'curly quote marks', kind: 'text', make: repeat('\u201c') },
  { name: 'apostrophes', kind: 'text', make: repeat("'") },
  { name: 'cue then mark ("said \\"")', kind: 'text', make: repeat('said "') },
  { name: 'capitalised words', kind: 'text', make: repeat('Abc ') },
  { name: 'title-case reports', kind: 'text', make: repeat('The Minister Said That ') },
  { name: 'names and commas', kind: 'text', make: repeat('Tom Lee, ') },
  { name: 'commas', kind: 'text', make: repeat(', ') },
  { name: 'one long sentence', kind: 'text', make: repeat('the cat sat on the mat and ') },
  { name: 'no spaces', kind: 'text', make: repeat('a') },
  { name: 'open parentheses', kind: 'text', make: repeat('(') },
  { name: 'quotations of one speaker', kind: 'text', make: repeat('"Yes," Tom Lee said. ') },
  { name: 'pronoun speakers, no person', kind: 'text', make: repeat('Paris said no. "Yes," he said. ') },
  { name: 'positions ("Lee believes")', kind: 'text', make: repeat('Ann Lee believes it rained. ') },
  { name: 'quotes and reports', kind: 'text', make: repeat('"Yes," Tom Lee said. Lee said it rained. ') },
  { name: 'colon cues', kind: 'text', make: repeat('Lee said: ') },
  { name: 'people, each named twice', kind: 'text', make: people },
  { name: 'bodies and acronyms', kind: 'text', make: bodiesAndAcronyms },
  { name: 'nested <div>s', kind: 'html', make: nested },
];
