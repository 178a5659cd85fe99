import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function reported(text: string): string[] {
  return extract({ id: 't', text }).quotes.map((q) => text.slice(q.start, q.end));
}

// Our own sentences: a report inside an adverbial clause that opens the sentence.
describe('a report opened by a subordinator ends where the main clause begins', () => {
  it('"While Mr Velk said …, the mayor of Lowtown has raised …": the clause up to the comma', () => {
    const text = 'While Mr Tomas Velk said the merged bank would be run from Lowtown, the mayor of Hightown has raised concerns about jobs.';
    expect(reported(text)).toEqual(['the merged bank would be run from Lowtown']);
  });

  it('"As Ms Orr announced the date in a statement, the firm Berg & Lund urged her …": a joined subject', () => {
    const text = 'As Ms Karin Orr announced the date of the vote in a short statement, the accountants Berg & Lund urged her to wait.';
    expect(reported(text)[0]).toBe('the date of the vote in a short statement');
  });

  it('keeps commas inside what was said: an apposition, and a comma inside quotation marks', () => {
    const text = 'When Mr Tomas Velk said his deputy, Anna Berg, had "failed us, again" in the talks, his party rallied behind her.';
    expect(reported(text)).toEqual(['his deputy, Anna Berg, had "failed us, again" in the talks']);
  });

  it('"As Mr Velk argues in his book, prices will rise": an "as" with nothing said after its verb reports the main clause', () => {
    const text = 'As Mr Tomas Velk argues in his new book, prices will rise again next year.';
    expect(reported(text)[0]).toContain('prices will rise again next year');
  });

  it('leaves a report that is the main clause alone ("Mr Velk said that when …, the bank …")', () => {
    const text = 'Mr Tomas Velk said that when the bank was sold, the staff would keep their jobs.';
    expect(reported(text)).toEqual(['that when the bank was sold, the staff would keep their jobs']);
  });
});
