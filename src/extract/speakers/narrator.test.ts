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

  it('an interview printed without labels: the line after a question answers, and its "I" is the interviewee', () => {
    const text = [
      'The Velder Gazette spoke with Tarn Obel, who runs the Velder plant. Tarn Obel has worked there since 1990.',
      'What did you tell the board?',
      'I told them that the plant would stay open.',
      'And the workers?',
      'I said that they were relieved.',
    ].join('\n');
    expect(speakers(text)).toEqual([['Tarn Obel', 'pronoun'], ['Tarn Obel', 'pronoun']]);
    // One question on a line of its own is a heading: the "I" after it stays unknown.
    const heading = ['Tarn Obel runs the Velder plant. Tarn Obel has worked there since 1990.', 'What next?', 'I said that the plant will stay open.'].join('\n');
    expect(speakers(heading)).toEqual([['I', 'unresolved']]);
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

  it('a call ending a line gives the next turn to the one called ("Miss Moss?", "Mr. Obel, please proceed.")', () => {
    const roll = 'For the tenant, Lyra Moss. For the owner, Tarn Obel.\n\nMiss Moss?\n\nThank you. I say that the lease had ended in May.';
    expect(speakers(roll)).toEqual([['Lyra Moss', 'pronoun']]);
    const floor = 'For the tenant, Lyra Moss. For the owner, Tarn Obel.\n\nAlright, Mr. Obel, please proceed.\n\nMay it please the court. I say that the rent was paid.';
    expect(speakers(floor)).toEqual([['Tarn Obel', 'pronoun']]);
    // A question about someone in the middle of a line calls no one.
    const asked = 'For the tenant, Lyra Moss. Did you see Miss Moss? Yes. I say that the rent was paid.';
    expect(speakers(asked)).toEqual([['I', 'unresolved']]);
  });

  it('the narrator of a story is the name the others address them by ("“Daniel,” my mother says")', () => {
    const story = [
      '“Not now,” I say.',
      '“Daniel,” my mother says. “Take your sister home.”',
      '“Fine,” I say. “She was tired anyway.”',
    ].join('\n\n');
    expect(speakers(story).filter(([, basis]) => basis === 'pronoun')).toEqual([['Daniel', 'pronoun'], ['Daniel', 'pronoun']]);
    // An interjection filling the quotation is no name ("“Hmmm,” she says").
    expect(speakers('“Hmmm,” she says.\n\n“No,” I say.').at(-1)).toEqual(['I', 'unresolved']);
    // A name the narrator calls is not the narrator's ("“Daniel,” I say").
    expect(speakers('“Daniel,” I say. “Take your sister home.”\n\n“No,” he says.\n\n“Fine,” I say.').at(-1)).toEqual(['I', 'unresolved']);
  });

  it('a story\'s byline does not make its author the narrator the characters address by another name', () => {
    const story = 'The Visit\n\nby Arno Tessel\n\n“Wake up,” I said.\n\n“Daniel, it is too early,” Mira said.\n\n“Fine,” I said.';
    expect(speakers(story).at(-1)).toEqual(['Daniel', 'pronoun']);
  });

  it('the one who is "I" in a turn is not the "she" of that turn', () => {
    const text = 'For the tenant, Anna Obel.\n\nMiss Obel?\n\nI said that Kim could not stay. She had to go home early.';
    const record = extract({ id: 't', text });
    const kim = record.entities.find((e) => e.name === 'Kim');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim', 'She']);
  });
});
