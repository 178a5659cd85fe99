import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<[string | undefined, string | undefined]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.basis]);
}

// Our own texts: each row is one way a text says who its "I" is.
describe('the narrator: who "I" is outside quotation marks', () => {
  it('a transcript\'s turn label names the "I" of its turn; "Q:" names no one', () => {
    const text = [
      'Q: What did you tell the board?',
      'Tarn Obel: Yes. I told them that the plant would stay open.',
      'Q: And then?',
      'I said that we would wait.',
    ].join('\n');
    const record = extract({ id: 't', text });
    expect(record.quotes.map((q) => [q.speaker?.name, q.speaker?.basis])).toEqual([
      ['Q', 'unresolved'], ['Tarn Obel', 'pronoun'], ['I', 'unresolved'],
    ]);
    // "Q" labels a turn: no entity of the story.
    expect(record.entities.map((e) => e.name)).toEqual(['Tarn Obel']);
  });

  it('an interview\'s "A:" turn is the interviewee\'s, the person named most often', () => {
    const text = [
      'Tarn Obel runs the Velder plant. We asked Tarn Obel and his deputy Peter Vass about its future.',
      'Q: What did you tell the board?',
      'A: I told them that the plant would stay open.',
    ].join('\n');
    const record = extract({ id: 't', text });
    expect(record.quotes.at(-1)?.speaker).toMatchObject({ name: 'Tarn Obel', basis: 'role' });
  });

  it('a self-introduction: "My name is …", "I\'m …", "Hey, it\'s … and welcome"', () => {
    expect(speakers('My name is Lyra Moss. I told the court that the lease had ended.')).toEqual([['Lyra Moss', 'pronoun']]);
    expect(speakers('Good evening. I\'m Tarn Obel, and I said last week that prices would fall.')[0]).toEqual(['Tarn Obel', 'pronoun']);
    expect(speakers('Hey guys, it\'s Mira and welcome back. I told my sister that the garden needs rain.')).toEqual([['Mira', 'pronoun']]);
  });

  it('"It\'s …, and" without a greeting corrects a name and introduces no one', () => {
    const text = 'Who was the captain?\n\nIt\'s Peter Vass, and his mate.\n\nI said that it was the other one.';
    expect(speakers(text)).toEqual([['I', 'unresolved']]);
  });

  it('the byline names the "I" of a column, with no entity of the story', () => {
    const record = extract({ id: 't', text: 'Why we walk\n\nBy Arno Tessel\n\nI tell my patients that walking helps.' });
    expect(record.quotes[0]?.speaker).toMatchObject({ name: 'Arno Tessel', entityId: null, basis: 'pronoun' });
  });

  it('a letter\'s signature: a name alone on the last line, after a closing ending in a comma', () => {
    const text = 'Dear Jean,\n\nThanks for the money. I told him that the house is small.\n\nWith love,\n\nMira Tessel';
    expect(speakers(text)).toEqual([['Mira Tessel', 'pronoun']]);
    const unsigned = 'Dear Jean,\n\nThanks for the money. I told him that the house is small.\n\nMira Tessel';
    expect(speakers(unsigned)).toEqual([['I', 'unresolved']]);
  });

  it('an "I" the text never names stays unresolved', () => {
    expect(speakers('Tarn Obel came late. I told him that the meeting was over.')).toEqual([['I', 'unresolved']]);
  });
});
