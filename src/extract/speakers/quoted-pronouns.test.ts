import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import type { ArticleRecord } from '../../doc/record.js';

function mentionsOf(record: ArticleRecord, name: string): string[] {
  return record.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];
}

// Our own sentences: a third-person pronoun inside quotation marks stands for someone the speaker speaks of.
describe('pronouns inside quotation marks', () => {
  it('"she" in a quotation is the person spoken of ("Mara Velde studied under Tomas Brandt. \'In class she saw more,\' Brandt said")', () => {
    const record = extract({ id: 't', text: 'Mara Velde studied under Tomas Brandt in Vienna. "In class she saw more than the rest," Brandt said.' });
    expect(mentionsOf(record, 'Mara Velde')).toContain('she');
    expect(record.entities.find((e) => e.name === 'Mara Velde')?.gender).toBe('female');
  });

  it('the speaker of a quotation is never its "she", however salient ("Anna Pell met Lyra Dunmore. \'She is brilliant,\' Pell said")', () => {
    const record = extract({ id: 't', text: 'Anna Pell met Lyra Dunmore on Monday. "She is brilliant," Pell said.' });
    expect(mentionsOf(record, 'Lyra Dunmore')).toContain('She');
    expect(mentionsOf(record, 'Anna Pell')).not.toContain('She');
  });

  it('a quoted "he" with no man before it stays unresolved', () => {
    const record = extract({ id: 't', text: 'Anna Pell spoke on Monday. "He never came back," Pell said.' });
    expect(record.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('He');
  });
});
