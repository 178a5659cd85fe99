/**
 * Invented articles for the server's tests and the browser tests: records built by hand with offsets
 * found in their own text, one of them full of markup and quote marks that must come out escaped.
 */
import type { ArticleRecord, EntityRecord, EventRecord, QuoteRecord, TextSpan } from '../../doc/record.js';
import { articleKey, contentHash } from '../../store/identity.js';
import type { StoredArticle } from '../../store/store.js';

function span(text: string, part: string, from = 0): TextSpan {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

interface Actor {
  id: string;
  name: string;
  type?: EntityRecord['type'];
  kbId?: string;
  role?: string;
}

function record(id: string, meta: Partial<ArticleRecord>, text: string, actors: Actor[], quotes: Array<[string, string, string]>, events: Array<[string, string, string, string, boolean?]> = []): ArticleRecord {
  const entities: EntityRecord[] = actors.map((a) => ({ id: a.id, name: a.name, type: a.type ?? 'person', kbId: a.kbId ?? null, role: a.role ?? null, country: null, mentions: [span(text, a.name)] }));
  const quoteRecords: QuoteRecord[] = quotes.map(([content, cue, speakerId], i) => {
    const piece = span(text, content);
    const entity = entities.find((e) => e.id === speakerId);
    return {
      id: `q${i + 1}`,
      kind: content.startsWith('"') ? 'direct' : 'indirect',
      start: piece.start,
      end: piece.end,
      text: piece.text,
      spans: [[piece.start, piece.end]],
      cue: text.indexOf(cue, piece.end) !== -1 ? span(text, cue, piece.end) : span(text, cue),
      speaker: entity ? { entityId: entity.id, name: entity.name, mention: entity.mentions[0] ?? null } : null,
    };
  });
  const eventRecords: EventRecord[] = events.map(([code, trigger, sourceId, targetId, negated], i) => {
    const end = (entityId: string): EventRecord['source'] => {
      const entity = entities.find((e) => e.id === entityId);
      return { entityId, name: entity?.name ?? '', country: null, type: entity?.type ?? 'person' };
    };
    const t = span(text, trigger);
    return { id: `v${i + 1}`, code, mode: null, source: end(sourceId), target: end(targetId), negated: negated ?? false, modality: 'asserted', trigger: t, sentence: { start: 0, end: text.length }, quoteId: null };
  });
  return { id, ...meta, text, entities, quotes: quoteRecords, attributions: [], events: eventRecords, messages: [] };
}

/** A plain article: two ministers meet, one is quoted twice. */
export const HARBOUR = record(
  'harbour-1',
  { title: 'Ministers meet over the harbour', date: '2024-03-01', source: 'Northgate Gazette', url: 'https://gazette.example/harbour' },
  'Minister Anna Berg met Jan Vos in Kelmouth on Monday. "The ferry will sail," Anna Berg said. Jan Vos said the budget was too small. Berg accused Vos of delay.',
  [{ id: 'e1', name: 'Anna Berg', kbId: 'Q1001', role: 'Minister' }, { id: 'e2', name: 'Jan Vos', kbId: 'Q1002' }],
  [['"The ferry will sail,"', 'said', 'e1'], ['the budget was too small', 'said', 'e2']],
  [['CONSULT', 'met', 'e1', 'e2'], ['ACCUSE', 'accused', 'e1', 'e2']],
);

/** A later article by the same minister: her quotes over time have two months. */
export const FERRY = record(
  'ferry-2',
  { title: 'Ferry delayed again', date: '2024-05-20', source: 'Kelmouth Herald' },
  '"We will wait," Anna Berg said. Jan Vos did not meet Anna Berg.',
  [{ id: 'e1', name: 'Anna Berg', kbId: 'Q1001', role: 'Minister' }, { id: 'e2', name: 'Jan Vos', kbId: 'Q1002' }],
  [['"We will wait,"', 'said', 'e1']],
  [['CONSULT', 'meet', 'e2', 'e1', true]],
);

/** Markup and quote marks in the title, the text and the names: every one must come out as text. */
export const HOSTILE = record(
  'hostile-3',
  { title: '<script>alert("title")</script> & "quotes"', date: '2024-06-02', source: 'Test <b>Wire</b>' },
  `Dr <img src=x onerror=alert(1)> O'Hara said "<script>alert('quote')</script> is not news". Dr <img src=x onerror=alert(1)> O'Hara met "Eve" <i>Stone</i>.`,
  [{ id: 'e1', name: `<img src=x onerror=alert(1)> O'Hara` }, { id: 'e2', name: '"Eve" <i>Stone</i>' }],
  [[`"<script>alert('quote')</script> is not news"`, 'said', 'e1']],
  [['CONSULT', 'met', 'e1', 'e2']],
);

/** All of them. */
export const FIXTURES = [HARBOUR, FERRY, HOSTILE];

/** A record as the store takes it. */
export function stored(r: ArticleRecord): StoredArticle {
  const input = { id: r.id, text: r.text, ...(r.url !== undefined && { url: r.url }), ...(r.date !== undefined && { date: r.date }), ...(r.title !== undefined && { title: r.title }), ...(r.source !== undefined && { source: r.source }) };
  return { key: articleKey(input), hash: contentHash(input), record: r };
}
