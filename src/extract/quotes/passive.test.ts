import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakersOf(text: string): Array<string | null> {
  const record = extract({ id: 't', text });
  return [...record.quotes, ...record.attributions].map((q) => q.speaker?.name ?? null);
}

// Our own sentences: the subject of a verb of saying in the passive is what was said, the one it was
// said to, or the one it was said of; never the one who spoke.
describe('the subject of a passive cue', () => {
  it('is not the speaker of a verb of declaring ("Velcor was declared insolvent")', () => {
    expect(speakersOf('Velcor was declared insolvent in March after its debts grew.')).not.toContain('Velcor');
  });

  it('is the hearer of a verb of telling, not its speaker ("Mr Tam was initially told it was an offence")', () => {
    expect(speakersOf('Tom Tam runs a farm. Mr Tam was initially told it was an offence to hunt there.')).not.toContain('Tom Tam');
  });

  it('is what was repeated, not who repeated it ("That claim was repeated in his book")', () => {
    expect(speakersOf('That claim was repeated in a new book by Ann Rhee, who denies it.')).not.toContain('That claim');
  });

  it('still speaks when quoted as saying ("he is quoted as saying")', () => {
    expect(speakersOf('Tom Reyes wants a say. "I demand better transparency," he is quoted as saying.')[0]).toBe('Tom Reyes');
  });
});

describe('the subject of a cue of feeling after "be"', () => {
  it('holds the position ("Tom Reyes is determined that the ground will be built")', () => {
    expect(speakersOf('Tom Reyes is determined that the ground will be built on a new site.')).toContain('Tom Reyes');
  });
});

// Our own sentences: a passive cue whose subject is the thing announced, added or declared, followed
// by a place, a time, a role or a state, reports no words.
describe('a passive cue that reports no words', () => {
  const quotesOf = (text: string): string[] => extract({ id: 't', text }).quotes.map((q) => q.text);

  it('is no quote when a preposition, a comma or "while" follows ("have been added to the line-up")', () => {
    expect(quotesOf('Tom Reyes and Ann Lark have been added to the line-up for a gala.')).toEqual([]);
    expect(quotesOf('The winners will be announced at a ceremony in Velder on 30 November.')).toEqual([]);
    expect(quotesOf('The Velder Singers have been confirmed as headliners for the festival.')).toEqual([]);
    expect(quotesOf('An offer from Velcor has already been rejected, while Korlan has said it will bid.')).toEqual(['it will bid']);
  });

  it('is no quote for a state declared ("Velcor was declared insolvent")', () => {
    expect(quotesOf('Velcor was declared insolvent in March after its debts grew.')).toEqual([]);
  });

  it('still reports a question, a charge, a quoted word, a raised clause and an extraposed "it"', () => {
    expect(quotesOf('The president was also asked whether he thought the war had made the world safer.')).toHaveLength(1);
    expect(quotesOf('The bank had been accused of hiding debts.')).toHaveLength(1);
    expect(quotesOf('The ministry has been criticised over the soaring costs.')).toHaveLength(1);
    expect(quotesOf('Her comments have been described as "reckless".')).toHaveLength(1);
    expect(quotesOf('Velcor is said to be struggling.')).toHaveLength(1);
    expect(quotesOf('It was being stressed to reporters that Velder would stay.')).toHaveLength(1);
  });
});
