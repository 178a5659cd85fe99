import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: a person the text describes but never names is still the one in view.
describe('a described person who is never named', () => {
  it('"he" after "a spokesman for X told …" is the spokesman, not the man named in the sentence before', () => {
    const text = 'Only two of the principal dancers, Lena Voss and Tomas Brandt, are British. ' +
      'But a spokesman for the Harlow Ballet told reporters that a quarter of its dancers were local. ' +
      'He said competition at auditions was fierce.';
    const record = extract({ id: 't', text });
    const quote = record.quotes.find((q) => q.text.startsWith('competition'));
    expect(quote?.speaker?.entityId).toBeNull();
    expect(quote?.speaker?.basis).toBe('unresolved');
    expect(quote?.speaker?.name).toBe('a spokesman for the Harlow Ballet');
  });

  it('"she" after "a spokeswoman for X said" is the spokeswoman, not the woman named before', () => {
    const text = 'Anna Pell, the club chairwoman, left early. A spokeswoman for the club said the stadium would open in May. ' +
      'She added that tickets were sold out.';
    const record = extract({ id: 't', text });
    const quote = record.quotes.find((q) => q.text.includes('tickets'));
    expect(quote?.speaker?.entityId).toBeNull();
  });

  it('"he" after an owner\'s aide spoke is the aide, not the owner ("Mr Dahl\'s official spokesman said … He said")', () => {
    const text = 'Karl Dahl opened the bridge. Mr Dahl\'s official spokesman declined to say when it would close. He said: "We will wait and see."';
    const record = extract({ id: 't', text });
    const quote = record.quotes.find((q) => q.text.includes('wait'));
    expect(quote?.speaker?.entityId).toBeNull();
    expect(quote?.speaker?.name).toBe("Mr Dahl's official spokesman");
  });

  it('"he" after "his aide said" is the aide', () => {
    const text = 'Karl Dahl opened the bridge. His chief aide said it was necessary. "We need it now," he said.';
    const quote = extract({ id: 't', text }).quotes.find((q) => q.text.includes('need'));
    expect(quote?.speaker?.name).toBe('His chief aide');
  });

  it('a named man of the right gender after the description is still "he" ("a spokesman said … Tomas Brandt agreed. He said")', () => {
    const text = 'A spokesman for the club said the stadium would open in May. Tomas Brandt, the club chairman, agreed. ' +
      'He said tickets were sold out.';
    const record = extract({ id: 't', text });
    const quote = record.quotes.find((q) => q.text.includes('tickets'));
    expect(quote?.speaker?.name).toBe('Tomas Brandt');
  });
});
