import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakerOf(text: string, opening: string): string | null {
  const quote = extract({ id: 't', text }).quotes.find((q) => q.text.startsWith(opening));
  if (quote === undefined) throw new Error(`no quote opening ${opening}`);
  return quote.speaker?.name ?? null;
}

// Our own sentences: grammar that says which person a pronoun or a surname is.
describe('the person a quotation names is not its "he"', () => {
  it('a name inside the quotation before "he said" ("\'Dale doesn\'t think he owes an apology,\' he said")', () => {
    const text = 'Boris Vane criticised Ken Dale on Monday. Mr Vane said the row was a distraction. ' +
      'Mr Dale refused to apologise. "Dale doesn\'t think he owes anyone an apology, and he should stick to his guns," he said.';
    expect(speakerOf(text, '"Dale doesn')).toBe('Boris Vane');
  });

  it('a name inside the quotation after "He added:" ("He added: \'Tomas has decided to go\'")', () => {
    const text = 'Tomas Rell is to retire, his office said. Piet Moen, a partner at the firm, said Mr Rell had thought of it for a year. ' +
      'He added: "Tomas has decided that this should be announced now."';
    expect(speakerOf(text, '"Tomas has')).toBe('Piet Moen');
  });

  it('not a name in a later paragraph that continues the quotation, where speakers may name themselves', () => {
    const text = 'Michael Hale spoke to the conference. "We have made the weather," he told delegates.\n\n' +
      '"I come from an ordinary family. If the young Michael Hale applied today, he would be turned away."';
    expect(speakerOf(text, '"We have')).toBe('Michael Hale');
  });
});

describe('the subject of what a person said is that person', () => {
  it('"he" opening the clause of "said" ("Santa had said he needed to leave") after a man of known gender', () => {
    const text = 'Tom Gomez laughed at his own joke and cleaned his rifle, and Gomez smiled at his friend. Santa Vorn had said he needed to leave at eight.';
    const record = extract({ id: 't', text });
    expect(record.entities.find((e) => e.name === 'Santa Vorn')?.mentions.map((m) => m.text)).toContain('he');
    expect(record.entities.find((e) => e.name === 'Santa Vorn')?.gender).toBe('male');
  });
});

describe('a man\'s and a woman\'s title on one surname are two people', () => {
  it('"Mrs Tarrant" is not Michael Tarrant when the article also calls him "Mr Tarrant"', () => {
    const text = 'Michael Tarrant campaigned in Leeds. "We will win," Mrs Tarrant said. Mr Tarrant said the polls were wrong.';
    const record = extract({ id: 't', text });
    expect(record.quotes[0]?.speaker?.name).not.toBe('Michael Tarrant');
    expect(record.entities.find((e) => e.name === 'Michael Tarrant')?.gender).toBe('male');
  });

  it('"Ms Reyes" after "Mr Reyes" is another person', () => {
    const record = extract({ id: 't', text: 'Tony Reyes arrived first. Mr Reyes sat down. "It is fine," Ms Reyes said.' });
    expect(record.quotes[0]?.speaker?.name).not.toBe('Tony Reyes');
  });

  it('a given name alone does not part a title from its person ("Angel Vorne … Ms Vorne said")', () => {
    const record = extract({ id: 't', text: 'Angel Vorne runs the unit. "It is fine," Ms Vorne said.' });
    expect(record.quotes[0]?.speaker?.name).toBe('Angel Vorne');
  });
});

describe('an office guessed for the person just named is not one the article gave another title', () => {
  it('"Opposition leader Maria Berg wrote … The chancellor said" is not Berg but the other person of that sentence', () => {
    const text = 'Jack Lund spoke to pupils on Monday. His remark was criticised by the opposition. ' +
      'Opposition leader Maria Berg wrote to Mr Lund on Tuesday accusing him of an error. In a furious response, the chancellor said his comments had been distorted.';
    expect(speakerOf(text, 'his comments')).toBe('Jack Lund');
  });
});

describe('a participle after a verb of saying inside what is reported', () => {
  it('", adding" is said by the one who said, not the subject of an infinitive\'s clause ("to suggest the chancellor would …, adding")', () => {
    const text = 'Chancellor Tom Reed met Piet Lund on Monday. ' +
      'Health minister Anna Berg said it was wrong to suggest the chancellor would replace Mr Lund, adding they would "work as a team".';
    expect(speakerOf(text, 'they would')).toBe('Anna Berg');
  });
});
