import { describe, expect, it } from 'vitest';
import { capitalisedWords, namedIn, namesAgree } from './names.js';

describe('namesAgree', () => {
  it.each([
    ['Anna Berg', 'anna berg', true],
    ['Berg', 'Anna Berg', true],
    ['Anna Berg', 'Berg', true],
    ['Anna Maria Berg', 'Anna Berg', true],
    ['A. Berg', 'Anna Berg', true],
    ['Ms. Berg', 'Anna Berg', true],
    ['Hugh Hill Jr.', 'Hugh Hill', true],
    ['Peter Berg', 'Anna Berg', false],
    ['Anna Berg', 'Anna Hill', false],
    ['Berg', 'Hill', false],
    ['the minister', 'Anna Berg', false],
    ['', 'Anna Berg', false],
    // A title is no given name: a Wikipedia title "Emperor Lamb" is the Jon Lamb of the text.
    ['Jon Abel Lamb', 'Emperor Lamb', true],
    ['Senator Anna Berg', 'Anna Berg', true],
    // A surname of several words, with its particle cut from the found name.
    ['Berg Hill', 'Anna van Berg Hill', true],
    ['Hill', 'Anna van Berg Hill', true],
    // A given name's short form.
    ['Ron Lamb', 'Ronald Lamb', true],
    ['Ronald Lamb', 'Rob Lamb', false],
    // An organisation by its initials.
    ['VHA', 'Velder Health Authority', true],
    ['Velder Health Authority', 'VHA', true],
    ['VHS', 'Velder Health Authority', false],
  ])('%j ~ %j → %s', (a, b, expected) => {
    expect(namesAgree(a, b)).toBe(expected);
  });
});

describe('namedIn: whether a reader of the text could name the gold person', () => {
  const text = 'Thank you, Madam Speaker. I rise today, as Mr. Obel asked, to speak for the bill.';
  it.each([
    // The surname alone names the person ("Mr. Obel"), and so does a given name.
    ['Tarn Obel', true],
    ['Obel', true],
    // A title in the text is no name of the person ("Mr.").
    ['Mr Lyra Moss', false],
    // A speech never signed: its speaker only in the metadata.
    ['Arno Tessel', false],
    // Lowercase words of the text are no names ("speak" is no Speak).
    ['Anna Speak', false],
  ])('%j → %s', (reference, expected) => {
    expect(namedIn(capitalisedWords(text), reference)).toBe(expected);
  });
});
