import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord, QuoteRecord } from '../doc/record.js';
import { renderPretty } from './pretty.js';

const text = '"We will stay," Berg said. "Nothing was agreed." According to officials, talks go on.';

const record: ArticleRecord = {
  id: 'x1',
  title: 'Talks',
  date: '2024-01-02',
  source: 'Gazette',
  text,
  entities: [{ id: 'e1', name: 'Anna Berg', type: 'person', kbId: null, role: null, country: null, mentions: [] }],
  quotes: [
    {
      id: 'q1',
      kind: 'direct',
      start: 0,
      end: 48,
      text: text.slice(0, 48),
      spans: [
        [0, 15],
        [27, 48],
      ],
      cue: { start: 21, end: 25, text: 'said' },
      speaker: { entityId: 'e1', name: 'Anna Berg', mention: { start: 15, end: 20, text: ' Berg' } },
    },
    { id: 'q2', kind: 'indirect', start: 73, end: 85, text: text.slice(73, 85), spans: [[73, 85]], cue: null, speaker: null },
  ],
  attributions: [],
  events: [],
  messages: [{ level: 'warning', code: 'unclosed-quote', message: 'A quotation mark opens but never closes.' }],
};

describe('renderPretty', () => {
  it('shows the heading, each quote with speaker, pieces and cue, the counts and the messages', () => {
    expect(renderPretty(record).split('\n')).toEqual([
      '== Talks (x1) — 2024-01-02 · Gazette',
      '  1. Anna Berg → "We will stay," … "Nothing was agreed." [said] (direct)',
      '  2. (no speaker) → "talks go on." (indirect)',
      '  1 entity · 2 quotes · 0 attributions · 0 events · 1 message',
      '  warning unclosed-quote: A quotation mark opens but never closes.',
      '',
      '',
    ]);
  });
});

describe('renderPretty with speaker bases', () => {
  it('says how a speaker not named on the spot was found, and marks an unresolved one', () => {
    const first = record.quotes[0] as QuoteRecord;
    const withBasis = (speaker: QuoteRecord['speaker']): string[] => renderPretty({ ...record, quotes: [{ ...first, speaker }] }).split('\n');
    const mention = { start: 15, end: 20, text: ' she' };
    expect(withBasis({ entityId: 'e1', name: 'Anna Berg', mention, basis: 'pronoun' })[1]).toMatch(/^ {2}1\. Anna Berg ‹pronoun: she› → /);
    expect(withBasis({ entityId: null, name: 'she', mention, basis: 'unresolved' })[1]).toMatch(/^ {2}1\. she ‹unresolved› → /);
    expect(withBasis({ entityId: 'e1', name: 'Anna Berg', mention: null, basis: 'continued' })[1]).toMatch(/^ {2}1\. Anna Berg ‹continued› → /);
    expect(withBasis({ entityId: 'e1', name: 'Anna Berg', mention, basis: 'named' })[1]).toMatch(/^ {2}1\. Anna Berg → /);
  });
});

describe('renderPretty with events', () => {
  it('shows each event with its code, ends, flags and trigger', () => {
    const actor = (name: string): EventRecord['source'] => ({ entityId: null, name, country: null, type: 'person' });
    const event: EventRecord = {
      id: 'ev1', code: 'CONSULT', mode: 'visit', source: actor('Anna Berg'), target: actor('Lee Park'), negated: true, modality: 'planned',
      trigger: { start: 0, end: 5, text: 'visit' }, sentence: { start: 0, end: 10 }, quoteId: null,
    };
    expect(renderPretty({ ...record, events: [event] }).split('\n')).toContain('  ⇄ CONSULT/visit Anna Berg → Lee Park (negated, planned) [visit]');
  });
});
