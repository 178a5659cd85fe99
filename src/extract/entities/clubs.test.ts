import { describe, expect, it } from 'vitest';
import { entityTypes as types } from '../../pipeline/testing/entity-types.js';

// Our own sentences and tables. "match", "league" and "goal" make each sporting one a report on sport.
const SPORT = ' The league match ended after a late goal.';

describe('clubs by the lexicon', () => {
  it('types a club known by its name wherever it stands ("Arsenal")', () => {
    expect(types('The council agreed the sale of the land to Arsenal on Friday.').Arsenal).toBe('organization');
  });

  it('types a club named like a town or a surname as the club in a report on sport ("Bolton")', () => {
    expect(types(`Bolton were the better side on Saturday.${SPORT}`).Bolton).toBe('organization');
  });

  it('keeps that name someone\'s outside sport ("John Bolton")', () => {
    expect(types('John Bolton, the ambassador, spoke on Monday. Bolton said the talks had failed.')['John Bolton']).toBe('person');
  });

  it('keeps a district that names a club a place outside sport ("Kensington and Chelsea")', () => {
    expect(types('She was the MP for Kensington and Chelsea until 2001.').Chelsea).not.toBe('organization');
  });

  it('keeps a listed club\'s word a person\'s when the article names that person in full ("Bill McLaren")', () => {
    const t = types(`The commentator Bill McLaren retired. McLaren said he would miss the game.${SPORT}`);
    expect(t.McLaren).not.toBe('organization');
  });
});

describe('clubs by the places a report on sport gives them', () => {
  it('types a town in brackets after a player as the club ("Tom Revel (Newcastle)")', () => {
    const t = types(`Goals: Tom Revel (Newcastle), Ian Dorne (Lille).${SPORT}`);
    expect([t.Newcastle, t.Lille]).toEqual(['organization', 'organization']);
  });

  it('keeps a referee\'s county in brackets a place ("H Webb (S Yorkshire)")', () => {
    expect(types(`Referee: H Webb (S Yorkshire).${SPORT}`)['S Yorkshire']).toBe('place');
  });

  it('keeps a surname in brackets after a first name no club ("Olly (Varnley)")', () => {
    expect(types(`"We have gone for Olly (Varnley) because of his kicking," he said.${SPORT}`).Varnley).not.toBe('organization');
  });

  it('types a county before its score as the club ("At Derby: Kent 128-1")', () => {
    expect(types(`At Derby: Kent 128-1 (T. Marsh 59). Rain stopped play after lunch.${SPORT}`).Kent).toBe('organization');
  });

  it('keeps a town before a measure a place ("Sydney 200m champion")', () => {
    expect(types(`The Sydney 200m champion was suspended.${SPORT}`).Sydney).toBe('place');
  });

  it('types both sides of a result with its scorers in brackets ("Dunmore 2 (Revel 15th) Kessel 1")', () => {
    const t = types('Results:\nDunmore 2 (Revel 15th, 42nd) Kessel 1 (Dorne 35th).');
    expect([t.Dunmore, t.Kessel]).toEqual(['organization', 'organization']);
  });

  it('types a town before "boss" as its club ("Leeds boss Tom Revel")', () => {
    expect(types('Leeds boss Tom Revel was pleased on Monday.').Leeds).toBe('organization');
  });

  it('keeps a nation before "boss" the place its side plays for ("England boss Tom Revel")', () => {
    expect(types(`England boss Tom Revel watched on Monday.${SPORT}`).England).toBe('place');
  });
});
