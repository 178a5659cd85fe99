import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

// Our own sentences: an event needs a political reading (issue 18, item 2).
function pairs(text: string): string[] {
  return extract({ id: 'sense', text }).events.map((e) => `${e.code} ${e.source.name} -> ${e.target.name}`);
}

describe('an article about sport', () => {
  it('reads its contest words as a contest in every sentence', () => {
    const report = 'The striker scored twice and the league leaders won the match.\n\nAnna Berg will now meet Karl Kerr on Sunday.';
    expect(pairs(report)).toEqual([]);
  });

  it('keeps no event between players, coaches and clubs, only one with a political actor', () => {
    const report = 'The striker scored twice and the league leaders won the match.\n\nDan Oyelaran praised Mikel Sorn.\n\nPrime Minister Anna Berg praised Mikel Sorn.';
    expect(pairs(report)).toEqual(['SUPPORT Anna Berg -> Mikel Sorn']);
  });

  it('needs three words of sport: one in a politics article changes nothing', () => {
    expect(pairs('Anna Berg will meet Karl Kerr, a keen football fan, on Sunday.')).toEqual(['CONSULT Anna Berg -> Karl Kerr']);
  });
});

describe('the charts and the markets', () => {
  it('a title shooting to the top is no attack', () => {
    expect(pairs('Acme Holdings shot straight to the top of the UK charts.')).toEqual([]);
  });
});

describe('a setting after a preposition and a determiner', () => {
  it('is where the act happens, not its target', () => {
    expect(pairs('Anna Berg met farmers in the Netherlands.')).toEqual([]);
  });
});

describe('a comparison', () => {
  it('tells no act of the actor after "than"', () => {
    expect(pairs('Velan pays more than France contributes to the United Nations.')).toEqual([]);
  });
});

describe('trade between companies', () => {
  it('is no aid: material exchange needs a political actor', () => {
    expect(pairs('Acme Holdings delivered computers to Velan Motors.')).toEqual([]);
    expect(pairs('Germany delivered tents to Jordan.')).toEqual(['AID Germany -> Jordan']);
  });

  it('a lecture delivered is no delivery', () => {
    expect(pairs('Prime Minister Anna Berg delivered the Karl Kerr Lecture.')).toEqual([]);
  });
});
