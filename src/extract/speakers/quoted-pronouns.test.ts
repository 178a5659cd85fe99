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

// Our own sentences: a quotation whose speaker is named after it by a pronoun ('"…her…," he said').
describe('pronouns inside a quotation whose speaker is a pronoun after it', () => {
  it('"her" in the quotation is not the "he" who says it, and does not make him a woman', () => {
    const record = extract({ id: 't', text: 'Tam Velder will write the Wonder Woman film. "In a way, no one has met her yet," he said.' });
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['Tam Velder']);
    expect(mentionsOf(record, 'Tam Velder')).not.toContain('her');
  });

  it('the quoted "she" is the other woman, the speaker the one the text was about ("Lena Marsh … Ida Brandt … \'She is strong,\' she said")', () => {
    const record = extract({ id: 't', text: 'Lena Marsh reached the final. Earlier she beat Ida Brandt in three sets. "She is a strong player," she said.' });
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['Lena Marsh']);
    expect(mentionsOf(record, 'Ida Brandt')).toContain('She');
  });

  it('the quoted "he" found after its speaker weighs nothing for the next "he said" (the one spoken of does not take the next quotation)', () => {
    const text = [
      'Ron Price dropped Ken Dale for the game, claiming he had feigned injury.',
      '"When I heard what the manager was saying I was in shock," Dale said.',
      '"I thought not only has he gone behind my back, he is lying," he said in response to the remarks of Price.',
      'And the Wales international refused to apologise. "I will not apologise because I have done nothing wrong," he told the paper.',
    ].join(' ');
    expect(extract({ id: 't', text }).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Ken Dale', 'Ken Dale', 'Ken Dale']);
  });
});
