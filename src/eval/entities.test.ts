import { describe, expect, it } from 'vitest';
import { parseEntityLine, type GoldName } from './entity-gold.js';
import { emptyEntityTallies, entityScores, tallyEntities } from './entity-score.js';
import { evaluateEntities, pipelineNames } from './entities.js';
import { GoldLineError } from './json-fields.js';

const TEXT = 'Foreign Minister Anna Berg met officials of Velmark Holdings in Oslo.';
const at = (word: string): [number, number] => [TEXT.indexOf(word), TEXT.indexOf(word) + word.length];
const GOLD: GoldName[] = [
  { span: at('Anna Berg'), type: 'person' },
  { span: at('Velmark Holdings'), type: 'organisation' },
  { span: at('Oslo'), type: 'place' },
];

describe('entity scoring', () => {
  it('counts exact span and type, overlap of the same type, and spans of any type', () => {
    const tallies = emptyEntityTallies();
    const predicted: GoldName[] = [
      { span: at('Minister Anna Berg'), type: 'person' }, // overlaps, not exact
      { span: at('Velmark Holdings'), type: 'person' }, // right span, wrong type
      { span: at('Oslo'), type: 'place' },
    ];
    tallyEntities(tallies, GOLD, predicted);
    const rows = new Map(entityScores(tallies).map((r) => [r.row, r]));
    expect(rows.get('person')).toMatchObject({ gold: 1, predicted: 2, exact: 0, overlap: 1 });
    expect(rows.get('organisation')).toMatchObject({ gold: 1, predicted: 0, exact: 0, overlap: 0 });
    expect(rows.get('place')?.exactF1).toBe(1);
    expect(rows.get('person+organisation+place')).toMatchObject({ gold: 3, predicted: 3, exact: 1, overlap: 2 });
    expect(rows.get('span only')).toMatchObject({ exact: 2, overlap: 3 });
  });

  it('pairs an overlap one to one: two predictions inside one gold name count once', () => {
    const tallies = emptyEntityTallies();
    tallyEntities(tallies, [{ span: at('Velmark Holdings'), type: 'organisation' }], [
      { span: at('Velmark'), type: 'organisation' }, { span: at('Holdings'), type: 'organisation' },
    ]);
    expect(tallies.organisation).toMatchObject({ overlap: 1, predicted: 2 });
  });
});

describe('entity gold', () => {
  it('reads types, drops nested names and keeps the split', () => {
    const doc = parseEntityLine(JSON.stringify({
      id: 'd', text: TEXT, gum_split: 'dev',
      entities: [{ start: 17, end: 26, type: 'person' }, { start: 22, end: 26, type: 'person', nested: true }],
    }));
    expect(doc).toMatchObject({ id: 'd', split: 'dev', names: [{ span: [17, 26], type: 'person' }] });
  });

  it('rejects an unknown type with the field named', () => {
    expect(() => parseEntityLine(JSON.stringify({ id: 'd', text: TEXT, entities: [{ start: 0, end: 3, type: 'PER' }] })))
      .toThrow(new GoldLineError('entities[0].type must be one of person, organisation, place, other, got "PER"'));
  });
});

describe('the library against entity gold', () => {
  it('scores the name inside a titled mention, not the title', () => {
    const names = pipelineNames({ id: 'd', text: TEXT, names: [] });
    expect(names).toContainEqual({ span: at('Anna Berg'), type: 'person' });
    const report = evaluateEntities([{ id: 'd', text: TEXT, names: GOLD.slice(0, 1) }]);
    expect(report.rows.find((r) => r.row === 'person')?.exactR.value).toBe(1);
  });
});

describe('place names that hold title words or demonyms', () => {
  it.each([
    ['an abbreviated country that is also a title modifier ("U.S. officials")', 'Talks with the U.S. failed, and U.S. officials left.', ['U.S.', 'U.S.']],
    ['a country whose name opens with a demonym ("the Czech Republic")', 'Fans in the Czech Republic cheered.', ['Czech Republic']],
  ])('%s', (_, text, places) => {
    const names = pipelineNames({ id: 'd', text, names: [] }).filter((n) => n.type === 'place');
    expect(names.map((n) => text.slice(...n.span))).toEqual(places);
  });
});
