import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { InitialsIndex, initials } from './acronyms.js';

describe('acronyms and the bodies they stand for (acronyms.ts)', () => {
  it('spells a name by the initials of its words, less the small ones ("Confederation of British Industry": CBI)', () => {
    expect(initials('Confederation of British Industry')).toBe('CBI');
    expect(initials('Velder-Amber Trust')).toBe('VAT');
  });

  it('an acronym finds the latest body whose initials spell it', () => {
    const index = new InitialsIndex<string>();
    for (const name of ['Velder Amber Board', 'Kavo Lind Union', 'Vorn Alto Bank']) index.list(name, name);
    expect(index.latest('VAB', () => true)).toBe('Vorn Alto Bank');
    expect(index.latest('VAB', (name) => name !== 'Vorn Alto Bank')).toBe('Velder Amber Board');
    expect(index.latest('KXU', () => true)).toBeUndefined();
  });

  it('a body whose name grew is found by its new initials, the first one made still first in order', () => {
    const index = new InitialsIndex<{ name: string }>();
    const board = { name: 'Amber Board' };
    const bank = { name: 'Velder Amber Bank' };
    index.list(board, board.name);
    index.list(bank, bank.name);
    board.name = 'Velder Amber Board';
    index.list(board, board.name);
    expect(index.latest('VAB', (g) => initials(g.name) === 'VAB')).toBe(bank);
    expect(index.latest('VAB', (g) => g === board)).toBe(board);
  });

  it('an article naming a thousand bodies asks only those whose initials spell an acronym, not all', () => {
    const index = new InitialsIndex<number>();
    for (let n = 0; n < 1000; n++) index.list(n, n === 500 ? 'Velder Amber Board' : `Body ${n} Trust`);
    let asked = 0;
    const found = index.latest('VAB', () => {
      asked += 1;
      return true;
    });
    expect(found).toBe(500);
    expect(asked).toBe(1);
  });

  it('in an article, "The Kavo Lind Union said … The KLU said" are one body; an acronym that spells none stays its own', () => {
    const text = 'The Kavo Lind Union said prices would rise. The Velder Tarn Board disagreed. The KLU said it would wait. The QXZ said nothing.';
    const entities = extract({ id: 'a', text }).entities;
    const holding = (mention: string): string | undefined => entities.find((e) => e.mentions.some((m) => m.text === mention))?.name;
    expect(holding('KLU')).toBe('Kavo Lind Union');
    expect(holding('QXZ')).toBe('QXZ');
    expect(entities.map((e) => e.name)).toEqual(['Kavo Lind Union', 'Velder Tarn Board', 'QXZ']);
  });
});
