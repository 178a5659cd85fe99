import { describe, expect, it } from 'vitest';
import { entityTypes as types } from '../../pipeline/testing/entity-types.js';

// Our own sentences and tables: organisations that no head word like "Ministry" gives away.
describe('organisations by the words of their names', () => {
  it.each([
    ['a club word after the name', 'He scored for Kessel Wanderers on Sunday.', 'Kessel Wanderers'],
    ['a club word before the name', 'The striker joined Dynamo Kessel last year.', 'Dynamo Kessel'],
    ['a nickname that closes any club name', 'The fans of Dunmore United gathered.', 'Dunmore United'],
    ['a nickname after a city', 'He played for Manchester City before.', 'Manchester City'],
    ['a city and a plural nickname', 'The Pittsburgh Pirates signed him.', 'Pittsburgh Pirates'],
    ['a company word after the name', 'Shares in Velder Pharmaceuticals fell.', 'Velder Pharmaceuticals'],
    ['a news agency', 'The minister told Reuters on Monday.', 'Reuters'],
    ['a well-known company that no head word gives away', 'The deal was approved by Gazprom last year.', 'Gazprom'],
    ['a well-known bank of two words', 'The advice came from Merrill Lynch in June.', 'Merrill Lynch'],
    ['partners joined by an ampersand', 'Accountancy firm Tarvel & Kosk audited the books.', 'Tarvel & Kosk'],
    ['a treasury, which a title may name too ("Treasury Secretary")', 'The Treasury said the Kessel plan was funded.', 'Treasury'],
    ['a stock exchange named after its city', 'Velder shares rose 3% on the Kessel Stock Exchange on Monday.', 'Kessel Stock Exchange'],
    ['a commodities exchange', 'Copper hit a record on the Dunmore Metal Exchange.', 'Dunmore Metal Exchange'],
    ['a bourse in its own language ("Boerse")', 'Kessel Boerse made an offer for its rival.', 'Kessel Boerse'],
  ])('%s', (_rule, text, name) => {
    expect(types(text)[name]).toBe('organization');
  });

  it('keeps a city named after a state as a place ("Kansas City")', () => {
    expect(types('Storms hit Kansas City on Monday.')['Kansas City']).toBe('place');
  });

  it('keeps initials before a surname a person ("G. Baker", though "baker" is a word)', () => {
    expect(types('The report was signed by G. Baker.')['G. Baker']).toBe('person');
  });
});

describe('organisations by their context', () => {
  it('keeps a city before "shares" a place: its market\'s shares ("Tokyo shares")', () => {
    expect(types('Tokyo shares fell 4% on Monday.').Tokyo).toBe('place');
  });

  it('types towns in a results table as clubs ("Leeds 2 Bristol 1")', () => {
    const t = types('Results on Saturday:\nLeeds 2 Bristol 1\nDunmore 0 Kessel 3');
    expect([t.Leeds, t.Bristol, t.Dunmore, t.Kessel]).toEqual(['organization', 'organization', 'organization', 'organization']);
  });

  it('types a name before a standings row as a club ("Kessel 4 1 2 1")', () => {
    expect(types('Standings:\nKessel 4 1 2 1 5 4 5').Kessel).toBe('organization');
  });

  it('keeps the names of a table of people no clubs ("2. Marlow 112")', () => {
    const t = types('Leading positions:\n1. Anna Berg 68 70\n2. Tom Reyes 69 71\n3. Marlow 70 70 Dunmore 71 70');
    expect(t.Marlow).not.toBe('organization');
    expect(t.Dunmore).not.toBe('organization');
  });

  it('does not read a bowler\'s figures as a score ("Marlow 17-3-42-1, Dunmore 9-3-28-0")', () => {
    expect(types('Bowling: Marlow 17-3-42-1, Dunmore 9-3-28-0').Marlow).not.toBe('organization');
  });

  it('keeps a surname of a person named in full a person ("Kessler 52 Marlow 38")', () => {
    const t = types('Anna Kessler leads the poll.\nKessler 52 Marlow 38');
    expect(t['Anna Kessler']).toBe('person');
    expect(t.Marlow).toBe('organization');
  });

  it('keeps a surname of a person named in full a person after a noun a paper takes ("an Evolution paper Bos and colleagues")', () => {
    const t = types('Biologist Nick Bos studies ants. In a recent Evolution paper Bos and colleagues describe the nest.');
    expect(t['Nick Bos']).toBe('person');
    expect(t.Bos).toBeUndefined();
  });

  it('types "the" and a plural name in an article about sport as a club ("the Orioles")', () => {
    const text = 'The Orioles won the match with two goals, and their coach praised the squad.';
    expect(types(text).Orioles).toBe('organization');
  });

  it('does not type "the" and a plural name elsewhere as a club ("the Romans")', () => {
    expect(types('The Romans built roads across the province.').Romans).not.toBe('organization');
  });

  it.each([
    ['a newspaper before the name', 'The daily Gazeta Nova reported the deal.', 'Gazeta Nova'],
    ['a club\'s manager after the name', 'Leeds manager Tom Reyes was angry.', 'Leeds'],
    ['a club before the name', 'He signed for the Swiss club Kessel.', 'Kessel'],
    ['a company\'s shares after the name', 'Velder shares fell 4% on Monday.', 'Velder'],
  ])('types a name with %s as an organisation', (_rule, text, name) => {
    expect(types(text)[name]).toBe('organization');
  });
});
