import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: a "he" or "she" that speaks goes on with the last person who spoke, and the words
// of a body in between ("the company has added") are no other person's turn.
describe('a body speaking between a person and their "he said"', () => {
  const text = 'Tom Varek runs Lumio. Mr Varek said the firm would grow. "We are ready," Mr Varek said. Mr Varek also spoke of rivals.\n\n' +
    'Meanwhile, rival Quenta has released new software. "The competition has helped us," said Ravi Okonjo, co-founder of Quenta. ' +
    'In the new release, the company has added smart folders. The folders sweep the web for pages. Users like them a lot. ' +
    '"Users do not stop using other tools," he said.';

  it('"the company has added" leaves the "he said" after it to the person who spoke before', () => {
    const record = extract({ id: 't', text });
    expect(record.quotes.find((q) => q.text.startsWith('"Users'))?.speaker?.name).toBe('Ravi Okonjo');
  });

  it('a person named in between still ends the turn ("… Ravi Okonjo … Mr Varek disagreed. … he said")', () => {
    const record = extract({ id: 't', text: text.replace('Users like them a lot.', 'Mr Varek disagreed with him.') });
    expect(record.quotes.find((q) => q.text.startsWith('"Users'))?.speaker?.name).toBe('Tom Varek');
  });
});
