import { describe, expect, it } from 'vitest';
import { entityTypes as types } from '../../pipeline/testing/entity-types.js';

// Our own sentences: companies named by an ordinary word, and acronyms a country bears too.
describe('companies named by an ordinary word', () => {
  it('types a lone mention of one as the company ("sales of Apple")', () => {
    expect(types('The deal lifted sales of Apple by 12% in the quarter.').Apple).toBe('organization');
  });

  it('keeps one after "the" no company ("the Amazon")', () => {
    expect(types('The boat sailed up the Amazon for a week.').Amazon).not.toBe('organization');
  });

  it('keeps the word a person\'s when the article names one who bears it ("Harrison Ford")', () => {
    expect(types('The actor Harrison Ford arrived late. Fans cheered as Ford waved.').Ford).not.toBe('organization');
  });
});

describe('a player named like a company', () => {
  it('keeps a word company in a report on sport no company ("Thomson, Ford, Douglas")', () => {
    expect(types('Scotland: Moffat, Thomson, Ford, Douglas. The league match ended after a late goal.').Ford).not.toBe('organization');
  });
});

describe('an acronym after a company\'s noun', () => {
  it('types an acronym a country bears too as the company ("security firm RSA")', () => {
    expect(types('The flaw was found by security firm RSA last week.').RSA).toBe('organization');
  });

  it('keeps an acronym that modifies a noun the country ("the giant US budget deficit")', () => {
    expect(types('The firm US budget talks stalled on Monday.')['United States']).toBe('country');
  });

  it('keeps the acronym the country without that noun ("the RSA")', () => {
    expect(types('Trade between Kessel and the RSA grew last year.')['South Africa']).toBe('country');
  });
});
