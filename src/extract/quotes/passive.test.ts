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
