import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import type { ArticleRecord } from '../../doc/record.js';

function entity(record: ArticleRecord, name: string): ArticleRecord['entities'][number] | undefined {
  return record.entities.find((e) => e.name === name);
}

function speakers(text: string): Array<[string | undefined, string | undefined]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.basis]);
}

// Our own sentences: a lone name that no lexicon knows, shown by the text to be someone's or something's.
describe('a lone name no lexicon knows', () => {
  it('acting as a subject, it stands for the "he" after it ("Quvrak went to Paris …, where he met")', () => {
    const text = [
      'Born in Tarnow, Quvrak went to Paris in 1910 to study physics, where he met the painter Anna Berg.',
      'Quvrak taught at the college for ten years, and his students admired him.',
    ].join(' ');
    const record = extract({ id: 't', text });
    const quvrak = entity(record, 'Quvrak');
    expect(quvrak?.type).toBe('person');
    expect(quvrak?.mentions.map((m) => m.text)).toEqual(['Quvrak', 'he', 'Quvrak', 'his', 'him']);
    expect(quvrak?.gender).toBe('male');
  });

  it('acting once only, it is no one\'s yet ("Telmora launched … he")', () => {
    const record = extract({ id: 't', text: 'Telmora launched a service in May. He said little about it.' });
    expect(entity(record, 'Telmora')?.mentions.map((m) => m.text)).toEqual(['Telmora']);
  });

  it('with "its" after it, it is a body\'s ("Telmora is doing its own podcast")', () => {
    const text = 'Telmora is doing its own podcast now. Telmora has hired new staff. He says the plan is working.';
    const record = extract({ id: 't', text });
    expect(entity(record, 'Telmora')?.type).not.toBe('person');
    expect(entity(record, 'Telmora')?.mentions.map((m) => m.text)).toEqual(['Telmora', 'Telmora']);
  });

  it('with an article, it names a thing or a place ("the Vardency")', () => {
    const text = 'The Vardency mobilized men. The Vardency purchased two ships. Later the Vardency experienced defeat, and she sank.';
    const record = extract({ id: 't', text });
    expect(record.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('a person the article shows to be one still comes first ("Anna Berg … Quvrak went … she")', () => {
    const text = 'Anna Berg met Quvrak in Paris. Quvrak went home early, and Quvrak wrote a letter. She replied at once.';
    const record = extract({ id: 't', text });
    expect(entity(record, 'Anna Berg')?.mentions.map((m) => m.text)).toContain('She');
  });
});

describe('"he added" after a quotation', () => {
  it('is the speaker of the quotation before, though another man is more salient ("Ivan Petrov … his birthday … said Tavi Oomen. … he added")', () => {
    const text = [
      'Film star Ivan Petrov has received a star on the Walk of Fame, honouring his 50th birthday.',
      'Fans cheered as Ivan Petrov received the star.',
      '"Ivan should thank you for this star," said producer Tavi Oomen. "But unfortunately, he cannot speak English," he added.',
    ].join(' ');
    expect(speakers(text).at(-1)).toEqual(['Tavi Oomen', 'pronoun']);
  });

  it('is not the one named since ("said Tavi Oomen. Asked about Ivan Petrov, he added")', () => {
    const text = [
      'Ivan Petrov has left the company.',
      '"We wish him well," said Tavi Oomen. The firm will hire Lars Brun instead. "It was his choice," he added.',
    ].join(' ');
    expect(speakers(text).at(-1)?.[0]).not.toBe('Tavi Oomen');
  });
});
