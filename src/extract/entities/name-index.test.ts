import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';
import { NameIndex } from './name-index.js';

function group(...words: string[]): { words: string[] } {
  return { words };
}

function indexOf(...groups: Array<{ words: string[] }>): NameIndex<{ words: string[] }> {
  const index = new NameIndex<{ words: string[] }>();
  for (const g of groups) index.add(g);
  return index;
}

describe('the entities a name mention is compared with (name-index.ts)', () => {
  it('a surname alone: only the entities whose name holds it, latest first', () => {
    const berg = group('anna', 'berg');
    const lund = group('maria', 'lund');
    const jon = group('jon', 'berg');
    expect(indexOf(berg, lund, jon).candidates(['berg'])).toEqual([jon, berg]);
  });

  it('a full name: an entity named by a part of it ("Berg" for "Anna Berg") and one whose name holds all of it', () => {
    const surname = group('berg');
    const given = group('anna');
    const longer = group('anna', 'berg', 'lund');
    const other = group('anna', 'kim');
    expect(indexOf(surname, given, longer, other).candidates(['anna', 'berg'])).toEqual([longer, given, surname]);
  });

  it('an entity whose name grew is found by its new words too', () => {
    const berg = group('berg');
    const index = indexOf(berg, group('lund'));
    berg.words = ['anna', 'berg'];
    index.renamed(berg);
    expect(index.candidates(['anna', 'berg'])).toEqual([berg]);
    expect(index.candidates(['anna'])).toEqual([berg]);
  });

  it('an article naming a thousand people compares a surname with the one who bears it, not with all', () => {
    const index = new NameIndex<{ words: string[] }>();
    for (let i = 0; i < 1000; i++) index.add(group('anna', `berg${i}`));
    expect(index.candidates(['berg7'])).toHaveLength(1);
    expect(index.candidates(['anna', 'berg7'])).toHaveLength(1);
  });

  it('an article naming a thousand bodies with one last word ("the Kaek Vorek Agency") compares a new one with those it may join, not with all', () => {
    const index = new NameIndex<{ words: string[] }>();
    const bodies = Array.from({ length: 1000 }, (_, i) => group(`kaek${i}`, `vorek${i}`, 'agency'));
    for (const body of bodies) index.add(body);
    expect(index.candidates(['kaek7', 'vorek7', 'agency'])).toEqual([bodies[7]]);
    // Named by a part of the mention: the same candidates as when every body under the last word was listed.
    const agency = group('agency');
    const vorek = group('vorek7', 'agency');
    const other = group('vorek8', 'agency');
    index.add(agency);
    index.add(vorek);
    index.add(other);
    expect(index.candidates(['kaek7', 'vorek7', 'agency'])).toEqual([vorek, agency, bodies[7]]);
  });
});

// Our own sentences: the stage still joins the same names as when it compared every entity.
describe('coreference over the index', () => {
  const people = (text: string): string[][] =>
    extract({ id: 't', text }).entities.filter((e) => e.type === 'person').map((e) => e.mentions.filter((m) => /^\p{Lu}/u.test(m.text)).map((m) => m.text));

  it('a surname joins the person named in full, and a full name the person named by a given name alone', () => {
    expect(people('Anna Berg met Tom Lund on Monday. Berg said it rained. Later Jenna arrived. Jenna McMasters said so.')).toEqual([
      ['Anna Berg', 'Berg'],
      ['Tom Lund'],
      ['Jenna', 'Jenna McMasters'],
    ]);
  });
});
