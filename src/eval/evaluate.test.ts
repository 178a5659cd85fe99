import { describe, expect, it } from 'vitest';
import type { AttributionRecord, QuoteRecord } from '../doc/record.js';
import type { GoldDocument, GoldItem, Range } from './gold.js';
import { evaluate, extractPredictor, type Prediction, type RowScore } from './evaluate.js';
import { formatReport } from './format.js';

// Two invented articles; offsets are found by searching the text, so the fixtures stay readable.
const A = '"We will keep talking to both sides," Anna Berg said on Tuesday. The ministry believes the talks were useful. According to Berg, no visit to Ankara has been planned.';
const B = 'Jo Hill, a doctor at a clinic in Leeds, said patients waited for days. "Nobody came," she added.';

function at(text: string, piece: string): Range {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`no "${piece}" in fixture`);
  return [start, start + piece.length];
}

function gold(text: string, content: string, cue: string, source: string | null, speech: boolean, reference: string | null = null): GoldItem {
  return {
    content: [at(text, content)],
    source: source === null ? null : [at(text, source)],
    sourceText: source ?? '',
    cue: [at(text, cue)],
    cueText: cue,
    reference,
    speech,
  };
}

function quote(text: string, content: string, cue: string | null, speaker: { name: string; mention: string | null } | null): QuoteRecord {
  const [start, end] = at(text, content);
  const span = (piece: string) => {
    const [s, e] = at(text, piece);
    return { start: s, end: e, text: piece };
  };
  return {
    id: `q-${start}`, kind: 'direct', start, end, text: content, spans: [[start, end]],
    cue: cue === null ? null : span(cue),
    speaker: speaker === null ? null : { entityId: null, name: speaker.name, mention: speaker.mention === null ? null : span(speaker.mention) },
  };
}

const docA: GoldDocument = {
  id: 'a', text: A,
  items: [
    gold(A, '"We will keep talking to both sides,"', 'said', 'Anna Berg', true),
    gold(A, 'the talks were useful', 'believes', 'The ministry', false),
    gold(A, 'no visit to Ankara has been planned', 'According to', 'Berg', true),
  ],
};
const docB: GoldDocument = {
  id: 'b', text: B,
  items: [
    gold(B, 'patients waited for days', 'said', 'Jo Hill', true, 'Jo Hill'),
    gold(B, '"Nobody came,"', 'added', 'she', true, 'Jo Hill'),
  ],
};

const predictions = new Map<string, Prediction>([
  [A, {
    quotes: [
      quote(A, '"We will keep talking to both sides,"', 'said', { name: 'Anna Berg', mention: 'Anna Berg' }),
      // Covers the belief: neutral against speech gold, a match against all gold, speaker wrong.
      quote(A, 'the talks were useful', null, { name: 'Anna Berg', mention: 'Anna Berg' }),
      // Covers under 0.3 of "no visit to Ankara has been planned".
      quote(A, 'no visit', 'According to', null),
    ],
    attributions: [],
  }],
  [B, {
    quotes: [
      // Speaker checked by reference: the resolved name is compared, not the mention.
      quote(B, 'patients waited for days', 'said', { name: 'Hill', mention: 'a doctor' }),
      quote(B, '"Nobody came,"', 'added', { name: 'Jo Grant', mention: 'she' }),
    ],
    attributions: [
      { ...quote(B, 'Jo Hill, a doctor at a clinic in Leeds', null, null), kind: 'other' } satisfies AttributionRecord,
    ],
  }],
]);

const report = evaluate([docA, docB], (doc) => predictions.get(doc.text) ?? { quotes: [], attributions: [] });

function row(key: RowScore['key'], threshold: number): RowScore {
  const found = report.rows.find((r) => r.key === key && r.threshold === threshold);
  if (found === undefined) throw new Error(`no row ${key} ${threshold}`);
  return found;
}

describe('evaluate', () => {
  it('counts what was scored', () => {
    expect(report).toMatchObject({ documents: 2, goldItems: 5, speechGoldItems: 4, goldWithSource: 5, predictedQuotes: 5, predictedAttributions: 1 });
    expect(report.rows.map((r) => `${r.key} ${r.threshold}`)).toEqual([
      'quotes/speech 0.3', 'quotes/speech 0.8', 'quotes/all 0.3', 'quotes/all 0.8', 'quotes+attributions/all 0.3', 'quotes+attributions/all 0.8',
    ]);
  });

  it('pools counts over articles against speech-cue gold, leaving predictions of other gold out of precision', () => {
    const speech = row('quotes/speech', 0.3);
    expect(speech).toMatchObject({ gold: 4, predicted: 5, neutral: 1, matched: 3 });
    expect(speech.precision).toEqual({ count: 3, of: 4, value: 0.75 });
    expect(speech.recall).toEqual({ count: 3, of: 4, value: 0.75 });
    expect(speech.f1).toBeCloseTo(0.75);
  });

  it('scores all gold with no neutral predictions', () => {
    const all = row('quotes/all', 0.3);
    expect(all).toMatchObject({ gold: 5, predicted: 5, neutral: 0, matched: 4 });
    expect(all.precision.value).toBeCloseTo(0.8);
    expect(all.recall.value).toBeCloseTo(0.8);
  });

  it('scores the person apart on the pairs whose gold person the text names', () => {
    // Both of B's references are named in B; C's speech is signed only in the gold ("Arno Tessel").
    const C = 'I rise today to speak for the bill. I said then that "we would not wait," and we did not.';
    const docC: GoldDocument = { id: 'c', text: C, items: [gold(C, '"we would not wait,"', 'said', 'I', true, 'Arno Tessel')] };
    const withC = evaluate([docB, docC], (doc) => doc === docC
      ? { quotes: [quote(C, '"we would not wait,"', 'said', { name: 'I', mention: 'I' })], attributions: [] }
      : predictions.get(doc.text) ?? { quotes: [], attributions: [] });
    const speech = withC.rows.find((r) => r.key === 'quotes/speech' && r.threshold === 0.3);
    expect(speech?.identity).toEqual({ count: 1, of: 3, value: 1 / 3 });
    expect(speech?.identityNamed).toEqual({ count: 1, of: 2, value: 0.5 });
    expect(formatReport(withC)).toContain('0.500 (2)');
  });

  it('checks speakers by mention overlap, or by name against a reference', () => {
    // Berg's mention overlaps the gold source; where there is a reference only the name counts: "Hill" agrees
    // with "Jo Hill" though its mention does not overlap, "Jo Grant" does not though its mention does.
    expect(row('quotes/speech', 0.3).speaker).toEqual({ count: 2, of: 3, value: 2 / 3 });
    // The belief's matched prediction names Berg, not the ministry.
    expect(row('quotes/all', 0.3).speaker).toEqual({ count: 2, of: 4, value: 0.5 });
  });

  it('checks cues by overlap', () => {
    expect(row('quotes/speech', 0.3).cue).toEqual({ count: 3, of: 3, value: 1 });
    expect(row('quotes/all', 0.3).cue).toEqual({ count: 3, of: 4, value: 0.75 });
  });

  it('splits recall by the kind of gold quotation', () => {
    const { direct, indirect, mixed } = row('quotes/speech', 0.3).recallByKind;
    expect(direct).toEqual({ count: 2, of: 2, value: 1 });
    expect(indirect).toEqual({ count: 1, of: 2, value: 0.5 });
    expect(mixed.value).toBeNull();
  });

  it('adds attributions to the predictions in the third row', () => {
    const both = row('quotes+attributions/all', 0.3);
    expect(both).toMatchObject({ gold: 5, predicted: 6, matched: 4 });
    expect(both.precision.value).toBeCloseTo(4 / 6);
  });

  it('reports no precision and zero F1 when nothing is predicted', () => {
    const empty = evaluate([docA], () => ({ quotes: [], attributions: [] }));
    expect(empty.rows[0]).toMatchObject({ matched: 0, f1: 0, precision: { value: null }, recall: { value: 0 } });
  });

  it('formats a table with one line per row and threshold', () => {
    const text = formatReport(report, 'fixture');
    expect(text).toMatch(/^fixture: 2 documents, 5 gold items \(4 with a speech cue/);
    expect(text).toMatch(/quotes vs speech-cue gold +>0\.3 +4 +4 +1 +3 +0\.750 +0\.750 +0\.750 +0\.667 +(?:–|\d\.\d{3} \(\d+\)) +(?:–|\d\.\d{3} \(\d+\)) +1\.000/);
    expect(text.split('\n').filter((line) => line.includes(' vs '))).toHaveLength(6);
  });
});

describe('failed extractions', () => {
  it('counts articles whose extraction failed and says so in the report', () => {
    const failing = evaluate([docA, docB], (doc) => ({ quotes: [], attributions: [], failed: doc === docA }));
    expect(failing.failedExtractions).toBe(1);
    expect(formatReport(failing)).toContain('1 articles FAILED extraction');
    expect(formatReport(report)).not.toContain('FAILED');
  });
});

describe('evaluate with the library extractor', () => {
  it('analyses a text once for all its annotators', () => {
    const predict = extractPredictor();
    const first = predict(docA);
    expect(predict({ ...docA, annotator: 'second' })).toBe(first);
    expect(predict(docB)).not.toBe(first);
  });

  it('scores whatever the extractor returns', () => {
    const scored = evaluate([docA, { ...docA, annotator: 'second' }, docB]);
    expect(scored.documents).toBe(3);
    expect(scored.rows).toHaveLength(6);
    for (const r of scored.rows) expect(r.matched).toBeLessThanOrEqual(Math.min(r.gold, r.predicted));
  });
});
