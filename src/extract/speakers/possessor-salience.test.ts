import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function speakers(text: string): Array<string | undefined> {
  return extract({ id: 't', text }).quotes.map((q) => q.speaker?.name);
}

/** The person each pronoun of `text` (he, him, his) was resolved to, in text order. */
function pronouns(text: string): Array<[string, string]> {
  const record = extract({ id: 't', text });
  const out: Array<[number, string, string]> = [];
  for (const e of record.entities) for (const m of e.mentions) if (/^(he|him|his)$/i.test(m.text)) out.push([m.start, m.text, e.name]);
  return out.sort((a, b) => a[0] - b[0]).map(([, t, n]) => [t, n]);
}

// Our own sentences: the owner of a sentence's subject ("Tom Reyes's latest entry is …") is the person in view.
describe('the owner of a subject that is no person', () => {
  it('"Tom Reyes\'s only fresh entry is a hamper. He also said …": the owner, not the man of the sentences before', () => {
    const text =
      'Karl Dahl has become a paid adviser to Velder Bank. He earns a fee for the work. ' +
      'Party leader Tom Reyes\'s only fresh entry is a hamper from a sultan. He also said the trip to Lowtown had been paid for by donors.';
    expect(speakers(text).at(-1)).toBe('Tom Reyes');
  });

  it('"Doug Berg\'s departure was announced by Alan Voss as MPs grilled him": the one whose departure it is', () => {
    const text = 'The agency has a new head. Doug Berg\'s departure was announced by minister Alan Voss as MPs grilled him over the losses.';
    expect(pronouns(text)).toEqual([['him', 'Doug Berg']]);
  });

  it('not when what is owned is a person: "Mr Dahl\'s father Olaf was arrested … He died"', () => {
    const text = 'Karl Dahl was jailed in 1975. Mr Dahl\'s father Olaf was arrested when travelling to London to help his son. He died in prison.';
    expect(pronouns(text)).toEqual([['his', 'Olaf'], ['He', 'Olaf']]);
  });
});
