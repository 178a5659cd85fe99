import { describe, expect, it } from 'vitest';
import { Doc, type Mention } from './document.js';
import { toRecord } from './to-record.js';

// A hand-built Doc of our own sentence: the record's objects are written as literals, one shape with an
// optional field and one without, and their keys must come out in the contract's order either way
// (JSON output and stored records are compared byte for byte).
function handDoc(withOptional: boolean): Doc {
  const text = '"We stay," Ann Lee said. Lee met Tarn.';
  const doc = new Doc(text, { id: 'x' });
  const name = (start: number, end: number, type: Mention['type'], entity: number): Mention =>
    ({ start, end, kind: 'name', type, name: { start, end }, descriptors: [], sure: true, ref: null, country: null, entity, antecedent: null });
  const lee = name(11, 18, 'person', 0);
  const tarn = name(33, 37, 'country', 1);
  doc.sentences = [{ start: 0, end: 24 }, { start: 25, end: 38 }];
  doc.entities = [
    { name: 'Ann Lee', type: 'person', mentions: [lee], kbId: null, role: null, country: null, ...(withOptional && { gender: 'female' as const }) },
    { name: 'Tarn', type: 'country', mentions: [tarn], kbId: null, role: null, country: 'TRN' },
  ];
  doc.quotes = [{ kind: 'direct', start: 0, end: 10, spans: [{ start: 1, end: 8 }], cue: null, speaker: lee, ...(withOptional && { basis: 'named' as const }) }];
  doc.events = [{
    code: 'CONSULT', mode: null, source: lee, target: tarn, negated: false, modality: 'asserted', trigger: { start: 29, end: 32 }, sentence: 1, quote: null,
    ...(withOptional && { kinds: { source: 'person' as const, target: 'state' as const, political: true } }),
  }];
  return doc;
}

describe('toRecord', () => {
  it.each([[true], [false]])('writes every object with its keys in the contract order, optional fields last (optional fields: %s)', (withOptional) => {
    const record = toRecord(handDoc(withOptional));
    const optional = (keys: string[], extra: string): string[] => (withOptional ? [...keys, extra] : keys);
    expect(Object.keys(record.entities[0] ?? {})).toEqual(optional(['id', 'name', 'type', 'kbId', 'role', 'country', 'mentions'], 'gender'));
    expect(Object.keys(record.entities[1] ?? {})).toEqual(['id', 'name', 'type', 'kbId', 'role', 'country', 'mentions']);
    expect(Object.keys(record.quotes[0] ?? {})).toEqual(['id', 'start', 'end', 'text', 'spans', 'cue', 'speaker', 'kind']);
    expect(Object.keys(record.quotes[0]?.speaker ?? {})).toEqual(optional(['entityId', 'name', 'mention'], 'basis'));
    const event = record.events[0];
    expect(Object.keys(event ?? {})).toEqual(optional(['id', 'code', 'mode', 'source', 'target', 'negated', 'modality', 'trigger', 'sentence', 'quoteId'], 'political'));
    expect(Object.keys(event?.source ?? {})).toEqual(optional(['entityId', 'name', 'country', 'type'], 'kind'));
    expect(record.quotes[0]).toMatchObject({ text: '"We stay,"', spans: [[1, 8]], speaker: { entityId: 'e1', name: 'Ann Lee', mention: { start: 11, end: 18, text: 'Ann Lee' } } });
    expect(event?.target).toMatchObject({ entityId: 'e2', name: 'Tarn', country: 'TRN', type: 'country' });
  });
});
