import { describe, expect, it } from 'vitest';
import { eventPairs as pairs } from '../../pipeline/testing/event-pairs.js';

// Our own sentences: private life and business, election races and attacks in words are read as PLOVER reads them,
// and a title between a name and its affiliation leaves the named person the actor.

describe('private life and business between actors of no politics', () => {
  it.each([
    ['a bid for a company', 'Velder Holdings could make an offer for Marto Group.'],
    ['a contract with a studio', 'Anna Dam has signed a three-year deal with Velder Studios.'],
    ['talks between companies', 'Velder Motors is in talks with Marto Group about a possible alliance.'],
    ['a meeting about a script', 'Anna Dam has met with Karl Kerr to discuss the script.'],
    ['a tribute to an actor', 'Anna Dam paid tribute to Karl Kerr at the funeral.'],
    ['an employee suspended', 'Velder Airways suspended Anna Dam without pay.'],
    ['a company’s chief and a counterpart', 'Velder Holdings chief Karl Kerr is scheduled to meet his Marto Group counterpart Anna Dam on Friday.'],
  ])('%s is no event', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it.each([
    ['a lawsuit', 'Anna Dam sued Velder Studios over an injury.', 'ACCUSE Anna Dam -> Velder Studios'],
    ['an accusation', 'Anna Dam accused Karl Kerr of lying.', 'ACCUSE Anna Dam -> Karl Kerr'],
    ['a threat', 'Velder Holdings threatened to sue Marto Group.', 'THREATEN Velder Holdings -> Marto Group'],
  ])('%s stays one: conflict has a public reading', (_name, text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('with a political actor, the same acts are events', () => {
    expect(pairs('Senator Anna Dam has agreed to meet Karl Kerr.')).toEqual(['AGREE Anna Dam -> Karl Kerr']);
    expect(pairs('Senator Anna Dam paid tribute to Karl Kerr at the funeral.')).toEqual(['SUPPORT Anna Dam -> Karl Kerr']);
  });

  it('supplying a commodity is trade, not aid', () => {
    expect(pairs('Norway has offered to supply 120,000 barrels of fuel oil a month to Sweden.')).toEqual(['COOPERATE Norway -> Sweden']);
  });
});

describe('an election race', () => {
  it.each([
    ['a challenge in the heartlands', 'The Liberal Democrats will challenge Labour in its heartlands, he said.'],
    ['a fight for a seat', 'The Liberal Democrats will fight the Conservatives for the seat.'],
    ['a majority overturned', 'Senator Anna Dam overturned a big Labour majority to win the seat.'],
  ])('%s is no event', (_name, text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('a challenge to a party’s plans stays criticism', () => {
    expect(pairs("The Liberal Democrats challenged Labour's plans.")).toEqual(['ACCUSE Liberal Democrats -> Labour Party']);
  });

  it('a race set in the sentence before: "… at the election. She will challenge Lee" is no event', () => {
    const race = 'Senator Anna Dam will stand in Ashfield at the general election. She will challenge Defence Secretary Geoff Hoon.';
    expect(pairs(race)).toEqual([]);
    // Without the race the same challenge is criticism.
    expect(pairs('Senator Anna Dam will stand in Ashfield. She will challenge Defence Secretary Geoff Hoon.')).toEqual(['ACCUSE Anna Dam -> Geoff Hoon']);
  });

  it('a challenge answered after a sentence about the race stays one of argument', () => {
    const text = 'Senator Anna Dam said voters would have to wait. She was responding to a challenge from Defence Secretary Geoff Hoon.';
    expect(pairs(text)).toEqual(['ACCUSE Geoff Hoon -> Anna Dam']);
  });

  it('a candidate who opposes another in a sentence about voters runs against them', () => {
    expect(pairs('As an Ashfield constituent I would be interested in Senator Anna Dam opposing Defence Secretary Geoff Hoon.')).toEqual([]);
  });
});

describe('a trip for a firm’s business', () => {
  it('to address a firm’s executives or open a company’s plant is no visit to the country', () => {
    expect(pairs('Senator Anna Dam made a trip to Mexico last year to address executives of Velder Media.')).toEqual([]);
    expect(pairs('Senator Anna Dam visited China to open a Marto Group factory.')).toEqual([]);
  });

  it('to meet a country’s leader stays a visit', () => {
    expect(pairs('Senator Anna Dam made a trip to Mexico last year to meet President Karl Kerr.')).toEqual(['CONSULT Anna Dam -> Mexico']);
  });
});

describe('an attack', () => {
  it('on a party is one of words', () => {
    expect(pairs('But Anna Dam insisted that her attack on the Labour Party was not a publicity stunt.')).toEqual(['ACCUSE Anna Dam -> Labour Party']);
  });

  it('on a person stays an assault', () => {
    expect(pairs('Anna Dam attacked Karl Kerr in the street.')).toEqual(['ASSAULT Anna Dam -> Karl Kerr']);
  });

  it('a challenge from someone is theirs', () => {
    expect(pairs('Anna Dam was responding to a challenge from Tory leader Karl Kerr.')).toEqual(['ACCUSE Karl Kerr -> Anna Dam']);
  });
});

describe('a title between the name before it and a person', () => {
  it.each([
    ['a party’s leader met', 'Anna Dam met Velder Party leader Karl Kerr on Friday.', 'CONSULT Anna Dam -> Karl Kerr'],
    ['a party’s leader and a counterpart', 'Tarn Party leader Karl Kerr is scheduled to meet his Velan Party counterpart Anna Dam on Friday.', 'CONSULT Karl Kerr -> Anna Dam'],
    ['a city’s mayor urged', 'Anna Dam has urged London mayor Karl Kerr to resign.', 'REQUEST Anna Dam -> Karl Kerr'],
  ])('%s: the person named acts', (_name, text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });
});

describe('no party', () => {
  it('a possessive after the act’s "for" owns the reason', () => {
    expect(pairs('Senator Karl Kerr has urged Anna Dam to apologise for his comment.')).toEqual(['REQUEST Karl Kerr -> Anna Dam']);
    // Words that describe the reason, quoted, and a noun the tagger takes for a verb.
    expect(pairs('Senator Karl Kerr has urged Dan Mo to apologise for his "offensive" remarks.')).toEqual(['REQUEST Karl Kerr -> Dan Mo']);
    expect(pairs('Karl Kerr has urged Velan mayor Dan Mo to apologise for his "Nazi" comment to a reporter.')).toEqual(['REQUEST Karl Kerr -> Dan Mo']);
  });

  it('a warning of what a country owns is of a danger', () => {
    expect(pairs("Anna Dam warned Karl Kerr that India's budget deficit was too large.")).toEqual([]);
  });
});
