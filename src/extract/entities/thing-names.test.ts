import { describe, expect, it } from 'vitest';
import { entityTypes as types } from '../../pipeline/testing/entity-types.js';

// Our own sentences: the words before an event's, a thing's or a place's head word that elsewhere are a
// nationality or a title ("Australian", "World", "National") are part of its name.
describe('names of events, things and places keep their opening words', () => {
  it.each([
    ['a nationality before an event', 'Anna Berg won the Australian Open on Sunday.', 'Australian Open', 'other'],
    ['"World" before an event', 'Kessel hosts the World Cup in June.', 'World Cup', 'other'],
    ['"National" before a place', 'Tom Reyes ran at the National Indoor Arena on Friday.', 'National Indoor Arena', 'place'],
    ['a nationality before a treaty', 'Ministers signed the European Patent Convention.', 'European Patent Convention', 'other'],
  ])('%s', (_rule, text, name, type) => {
    expect(types(text)[name]).toBe(type);
  });

  it.each([
    ['a nationality before a person', 'Canadian Tia Marlow won the race.', 'Tia Marlow'],
    ['an honorific before a surname that is a place\'s head', 'Mr Park said he would stay.', 'Park'],
    ['a word of tenure before a place ("Former Downing Street")', 'Former Downing Street aide Tom Reyes spoke.', 'Downing Street'],
  ])('still leaves out %s', (_rule, text, name) => {
    expect(types(text)[name]).toBeDefined();
  });
});

// Our own sentence: a party's name in two words, the first of which elsewhere opens a title ("Liberal MP").
describe('a party named whole before an office', () => {
  it('is the party, not "Democrat" ("Liberal Democrat leader Tom Reyes")', () => {
    expect(types('Liberal Democrat leader Tom Reyes said the plan failed.')['Liberal Democrats']).toBe('organization');
  });
});
