import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<[string | undefined, string | undefined]> {
  return extract({ id: 't', text }).quotes.map((q) => [q.speaker?.name, q.speaker?.basis]);
}

// Our own sentences: a description of the speaker, a comma, and the person's name in apposition.
describe('a speaker described, then named after a comma', () => {
  it('after the verb, closing the sentence ("said Velder chief economist, Tom Reyes.")', () => {
    expect(speakers('Output fell in March. "We expect a recovery," said Velder chief economist, Tom Reyes.')[0]).toEqual(['Tom Reyes', 'named']);
  });

  it('with a title before the name ("Head of genetics at the Velder Institute, Professor Tom Reyes, said")', () => {
    expect(speakers('Head of genetics at the Velder Institute of Research, Professor Tom Reyes, said he had seen the problem.')[0]).toEqual(['Tom Reyes', 'named']);
  });

  it('an office "to" the body it serves ("chief secretary to the Treasury, Tom Reyes, said")', () => {
    expect(speakers('Responding, shadow chief secretary to the Treasury, Tom Reyes, said: "This was more talk."')[0]).toEqual(['Tom Reyes', 'named']);
  });

  it('keeps an unnamed office "to" the one it serves the speaker, not the one served ("an adviser to the president said")', () => {
    expect(speakers('An adviser to the president said the plan had failed.')[0]?.[0]).toBe('An adviser');
  });

  it('not a name in a list after the comma ("said the union leader, Tom Reyes and others")', () => {
    expect(speakers('Output fell. "We expect a recovery," said the union leader, Tom Reyes and others.')[0]?.[0]).not.toBe('Tom Reyes');
  });

  it('not a name that opens what is said ("According to the report, Anna Kolbeck, a farmer, lost her land")', () => {
    const found = speakers('Growth was 6%, the report said. According to the report, Anna Kolbeck, a farmer, lost her land.');
    expect(found.map(([name]) => name)).not.toContain('Anna Kolbeck');
  });
});

// Our own sentences: one person given two offices joined by "and" before the name.
describe('a speaker with two offices joined by "and"', () => {
  it('after the verb ("said chairman and chief executive officer Tom Grayling")', () => {
    expect(speakers('"Growth was slow," said chairman and chief executive officer Tom Grayling.')[0]).toEqual(['Tom Grayling', 'named']);
    expect(speakers('"We grew," said president & founder Mia Lund.')[0]).toEqual(['Mia Lund', 'named']);
  });

  it('the title-case remit of one office joined by "and" ("said Trade and Industry Secretary Anna Lund")', () => {
    expect(speakers('"Growth is strong," said Trade and Industry Secretary Anna Lund.')[0]).toEqual(['Anna Lund', 'named']);
    expect(speakers('"Growth is strong," said Economic and Fiscal Policy Minister Ken Obara.')[0]).toEqual(['Ken Obara', 'named']);
  });

  it('not two people when an office opens the second ("said Tom Reyes and President Anna Lund")', () => {
    expect(speakers('"Growth is strong," said Tom Reyes and President Anna Lund.')[0]?.[0]).toBe('Tom Reyes');
  });

  it('not two people when the word after "and" is no office ("said the chairman and the board")', () => {
    expect(speakers('"Growth was slow," said the chairman and the board.')[0]?.[0]).toBe('the chairman');
  });
});

// Our own sentence: a firm named by its partners speaks as one.
describe('a speaker named by partners joined by an ampersand', () => {
  it('is the whole firm ("Tarvel & Kosk said")', () => {
    expect(speakers('Tarvel & Kosk said costs rose.')[0]).toEqual(['Tarvel & Kosk', 'named']);
  });
});

// Our own sentences: "told" takes the hearer after it, and a speaker described twice after a quotation.
describe('the hearer of "told" and a speaker described twice', () => {
  it('the phrase after "told" is the hearer, never an inverted speaker (\'"…," told the BBC\')', () => {
    expect(speakers('Storage was short. "We need more storage," told the news website.').map(([name]) => name)).not.toContain('the news website');
  });

  it('a name after a preposition opening its own comma segment describes the speaker ("Tom Reyes, from Velder Labs, one of its founders, told")', () => {
    expect(speakers('"We need more storage," Tom Reyes, from Velder Laboratories, one of the pioneers of the disc, told the news website.')[0]).toEqual(['Tom Reyes', 'named']);
  });
});

// Our own sentences: a stray comma between a named speaker and "said" or "told".
describe('a stray comma between the speaker and the verb of saying', () => {
  it('after a quotation ("\'…,\' Kirsten Pfeifer from the Velder Association, told the website")', () => {
    expect(speakers('Sales rose. "Everything is going digital," Kirsten Pfeifer from the Velder Association, told the news website.')[0]).toEqual(['Kirsten Pfeifer', 'named']);
  });

  it('at the start of a sentence ("Chairman of the Audit Committee Tom Reyes MP, said:")', () => {
    expect(speakers('Costs rose. Chairman of the Audit Committee Tom Reyes MP, said: "The policy is a muddle."')[0]?.[0]).toBe('Tom Reyes');
  });

  it('not before a participle that describes the one named ("Tom Reyes, recalled in place of Job, was denied")', () => {
    expect(speakers('Tom Reyes, recalled in place of Ali Job, was twice denied a goal by Dean Kiely.').map(([name]) => name)).not.toContain('Tom Reyes');
  });
});

// Our own sentence: a description after the speaker's name whose closing comma is missing.
describe('a description without its closing comma before "told"', () => {
  it('the speaker is the name before it (\'"…," Malka Cirel, the director at the Velder Center told the Post\')', () => {
    expect(speakers('Sales rose. "This story is everywhere," Malka Cirel, the executive director at the Velder Center told the Velder Post.')[0]).toEqual(['Malka Cirel', 'named']);
  });
});

// Our own sentences: a relative pronoun that speaks after a description set off by commas stands for
// the name before the description, not a name inside it.
describe('"who" after a name and a description between commas', () => {
  it('is the one named before the description ("Mara Quill, the widow of singer Tom Brandt, who said")', () => {
    expect(speakers('The album was blocked by Mara Quill, the widow of singer Tom Brandt, who said it was unfinished.')[0]).toEqual(['Mara Quill', 'named']);
  });

  it('is the one named before a description with no name in it ("his son Tom, a trainee vicar, who praised")', () => {
    expect(speakers('The speech was introduced by his son Tom, a trainee vicar, who said his father was honest.')[0]).toEqual(['Tom', 'named']);
  });

  it('is still the name right before it when no description comes between ("Tom Brandt, who said")', () => {
    expect(speakers('The album was praised by Mara Quill and Tom Brandt, who said it was unfinished.')[0]?.[0]).toBe('Tom Brandt');
  });
});
