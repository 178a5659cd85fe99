import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { codeSentence } from './code.js';

// Bad input for the event coder (issue 18): each gives a result or no event with a reason.
// Our own invented names; time is measured by the complexity bench, not here.
const COUNTRIES = ['France', 'Germany', 'Italy', 'Spain', 'Portugal', 'Poland', 'Austria', 'Belgium', 'Denmark', 'Sweden', 'Norway', 'Finland', 'Greece', 'Egypt', 'Kenya', 'Nigeria', 'Ghana', 'Mali', 'Chad', 'Sudan'];

describe('bad input to the event coder', () => {
  it('codes a sentence of 500 words', () => {
    const text = ['Berg', ...Array<string>(496).fill('very'), 'met', 'Lee.'].join(' ');
    expect(codeSentence({ text, source: 'Berg', target: 'Lee' }).event?.code).toBe('CONSULT');
  });

  it('gives no event and a reason for an actor given twice or a source that is the target', () => {
    expect(codeSentence({ text: 'Berg met Lee and Berg met Lee.', source: 'Berg', target: 'Berg' })).toEqual({ event: null, reason: 'same-actor' });
    expect(codeSentence({ text: 'Berg praised Berg.', source: 'Berg', target: 'berg' })).toEqual({ event: null, reason: 'same-actor' });
  });

  it('gives a reason where a dozen verbs of saying hold no event between the actors', () => {
    const text = 'Berg said Lee told Vik that Kerr added that Dam noted that Olm claimed that Ros argued that Tan insisted that Ek replied that Ax said that Park stated that Rus wrote that it rained.';
    expect(codeSentence({ text, source: 'Berg', target: 'Rus' })).toMatchObject({ event: null });
  });

  it('codes each country of a long list as doing the act of the list', () => {
    const list = `${COUNTRIES.slice(0, -1).join(', ')} and ${COUNTRIES.at(-1) ?? ''} condemned President Karl Kerr.`;
    const record = extract({ id: 'list', text: list.repeat(4).replace(/\.(?=\S)/g, '. ') });
    const sources = new Set(record.events.map((e) => e.source.name));
    expect(record.events.every((e) => e.code === 'ACCUSE' && e.target.name === 'Karl Kerr')).toBe(true);
    expect(sources.size).toBe(COUNTRIES.length);
  });
});
