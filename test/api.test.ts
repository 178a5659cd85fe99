/** The public API: what `import … from 'onrecord'` offers, pinned so a change to it is deliberate. */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, TextSpan } from '../src/index.js';

const EXPORTS = [
  'DEFAULT_BATCH_SIZE',
  'DEFAULT_DB',
  'DEFAULT_MAX_CHARS',
  'Doc',
  'KnowledgeBase',
  'MESSAGE_CODES',
  'PLOVER_CODES',
  'READABLE_FORMATS',
  'StoreError',
  'THRESHOLDS',
  'articleKey',
  'codeSentence',
  'codeSentences',
  'contentHash',
  'createPipeline',
  'defaultKnowledgeBase',
  'defaultPipeline',
  'defaultStages',
  'evaluate',
  'evaluateCoref',
  'evaluateEntities',
  'evaluateEvents',
  'extract',
  'extractAll',
  'formatCorefReport',
  'formatEntityReport',
  'formatEventReport',
  'formatReport',
  'ingest',
  'isDev',
  'isSpeechCue',
  'openStore',
  'parseCorefLine',
  'parseEntityLine',
  'parseGold',
  'parseImport',
  'ploverAnnotation',
  'readEventGold',
  'readGold',
  'readInputs',
  'readLines',
  'roleOn',
  'toRecord',
];

// Our own sentences: a direct quote with a title, a split quote, a colon introduction, "according to".
const FIXTURE = [
  '"We will keep talking to both sides," Dutch Foreign Minister Anna Berg said on Tuesday.',
  '"The talks were useful," she said. "But nothing was agreed."',
  'Berg said: "Our door stays open."',
  'According to the ministry, no visit to Ankara has been planned.',
].join('\n\n');

function spansOf(record: ArticleRecord): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const entity of record.entities) spans.push(...entity.mentions);
  for (const quote of [...record.quotes, ...record.attributions]) {
    spans.push({ start: quote.start, end: quote.end, text: quote.text });
    if (quote.cue) spans.push(quote.cue);
    if (quote.speaker?.mention) spans.push(quote.speaker.mention);
  }
  for (const event of record.events) spans.push(event.trigger);
  return spans;
}

describe('public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(EXPORTS);
  });

  it('extract returns a record whose every span is the text it points to', async () => {
    const { extract } = await import('../src/index.js');
    const record = extract({ id: 'api-1', date: '2024-12-03', text: FIXTURE });
    expect(record).toMatchObject({ id: 'api-1', date: '2024-12-03', text: FIXTURE, messages: [] });
    expect(record.quotes.length).toBeGreaterThanOrEqual(3);
    const spans = spansOf(record);
    expect(spans.length).toBeGreaterThan(record.quotes.length);
    for (const span of spans) expect(record.text.slice(span.start, span.end)).toBe(span.text);
    for (const quote of record.quotes) {
      for (const [start, end] of quote.spans) expect(start >= quote.start && end <= quote.end && start < end).toBe(true);
    }
  });
});
