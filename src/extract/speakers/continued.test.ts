import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: a quotation with no cue of its own goes on with the report right before it.
describe('a floating quotation after another speaker\'s report', () => {
  it('goes on with the report between, not the quotation before ("…," Pell said. Brandt said … "…")', () => {
    const text = '"We lost our way," Anna Pell said. "It hurt." Coach Tomas Brandt, who has led the side for six seasons ' +
      'in the northern league, admitted the last month had been very hard and said the players needed a long rest before the cup final. ' +
      '"They have played ten games in a month." "Nobody can keep that up."';
    const record = extract({ id: 't', text });
    const speakers = record.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text.slice(0, 12), q.speaker?.name]);
    expect(speakers).toEqual([
      ['"We lost our', 'Anna Pell'],
      ['"They have p', 'Tomas Brandt'],
      ['"Nobody can ', 'Tomas Brandt'],
    ]);
  });

  it('with no report between, still goes on with the quotation before ("…," Pell said. "…")', () => {
    const text = 'Tomas Brandt left early. "We lost our way," Anna Pell said. "It hurt."';
    const record = extract({ id: 't', text });
    expect(record.quotes.find((q) => q.text.includes('It hurt'))?.speaker?.name).toBe('Anna Pell');
  });
});
