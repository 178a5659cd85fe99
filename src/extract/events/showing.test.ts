import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: to demonstrate something is to show it; a demonstration is a protest.

const code = (text: string): string | null => codeSentence({ text, source: 'Velan', target: 'Tarn' }).event?.code ?? null;

describe('the verb "demonstrate"', () => {
  it.each([
    ['with an object', 'Velan was demonstrating one of its phones to Tarn at the fair.'],
    ['with a that-clause', 'Velan demonstrated that the plan works, Tarn said.'],
  ])('%s shows: no protest', (_name, text) => {
    expect(code(text)).toBeNull();
  });

  it('alone or with what it is against is a protest', () => {
    expect(code('Velan citizens demonstrated against Tarn on Friday.')).toBe('PROTEST');
    expect(code('In Velan thousands demonstrated outside the Tarn embassy.')).toBe('PROTEST');
  });
});
