import { describe, expect, it } from 'vitest';
import { codeSentence } from './code.js';

// Our own sentences: an order that detains, expels or confines is coercion; other orders are requests.

const coded = (text: string, source: string, target: string): string | null => {
  const result = codeSentence({ text, source, target });
  return result.event ? `${result.event.code}/${result.event.mode ?? ''}` : null;
};

describe('an order', () => {
  it.each([
    ['that jails the one ordered (a participle)', 'The Velan court ordered the two journalists jailed for a year.', 'The Velan court', 'the two journalists', 'COERCE/arrest'],
    ['that jails the one ordered, past its complements', 'A judge ordered nine former ministers of the Tarn government jailed.', 'A judge', 'nine former ministers', 'COERCE/arrest'],
    ['to be deported (a passive infinitive)', 'The judge ordered Karl Kerr to be deported.', 'The judge', 'Karl Kerr', 'COERCE/deport'],
    ['to leave (an act its doer undergoes)', 'The Tarn government ordered 3,000 refugees to leave the camps.', 'The Tarn government', '3,000 refugees', 'COERCE/restrict'],
    ['to stop what the one ordered does', 'The Velan regulator ordered the Tarn Times to stop publishing.', 'The Velan regulator', 'the Tarn Times', 'COERCE/restrict'],
    ['to someone else to detain them', 'The minister ordered the police to detain the suspects.', 'The minister', 'the suspects', 'COERCE/arrest'],
    ['past a relative clause that says who the one ordered is', 'The ministry ordered the Velan Herald, which is close to the opposition, to suspend publication for a month.', 'The ministry', 'the Velan Herald', 'COERCE/restrict'],
  ])('%s is coercion', (_name, text, source, target, expected) => {
    expect(coded(text, source, target)).toBe(expected);
  });

  it('in the passive without "by", coerces its subject, which the order restricts', () => {
    const code = (text: string, target: string): string | null => {
      const event = codeSentence({ text, source: null, target }).event;
      return event && `${event.code}/${event.mode ?? ''}`;
    };
    expect(code('Two Velan newspapers were ordered to suspend publication on Monday.', 'Two Velan newspapers')).toBe('COERCE/restrict');
    expect(code('Two Velan activists were ordered to appear in court on Monday.', 'Two Velan activists')).toBe('REQUEST/');
  });

  it.each([
    ['to appear in court', 'A judge ordered the activists to appear in court on Monday.', 'A judge', 'the activists'],
    ['to the one who is to detain others', 'The minister ordered the police to detain the suspects.', 'The minister', 'the police'],
  ])('%s stays a request', (_name, text, source, target) => {
    expect(coded(text, source, target)).toBe('REQUEST/');
  });
});
