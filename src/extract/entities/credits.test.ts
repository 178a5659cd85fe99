import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function record(text: string): { byline: string[] | undefined; people: string[] } {
  const r = extract({ id: 't', text });
  return { byline: r.byline, people: r.entities.filter((e) => e.type === 'person').map((e) => e.name) };
}

// Our own articles: names credited for the article or its pictures are no people of the story.
describe('bylines and credits', () => {
  it.each([
    ['a byline opening its line', 'By Anna Berg, BBC News\n\nThe minister Tom Reyes spoke.', ['Anna Berg']],
    ['a photo credit with its agency', 'Tom Reyes spoke. (Photo: Maria Lund/Reuters)', ['Maria Lund']],
    ['an agency photo credit', 'Tom Reyes spoke. (AP Photo/Maria Lund)', ['Maria Lund']],
    ['a photo credit run into the text after a full stop', 'Tom Reyes spoke. Photo: Maria Lund/Reuters. He left.', ['Maria Lund']],
    ['a line of a name and an agency', 'Maria Lund/Reuters\nTom Reyes spoke.', ['Maria Lund']],
    ['a reporting and editing line', 'Tom Reyes spoke.\n\nReporting by Kim Dale and Omar Haddad; Editing by Lena Vasquez', ['Kim Dale', 'Omar Haddad', 'Lena Vasquez']],
  ])('%s', (_rule, text, credited) => {
    const r = record(text);
    expect(r.byline).toEqual(credited);
    expect(r.people).toEqual(['Tom Reyes']);
  });

  it('keeps a name before a slash that goes on as a sentence ("Maria Lund/Reuters said …")', () => {
    const r = record('Maria Lund/Reuters said Tom Reyes spoke.');
    expect(r.byline).toBeUndefined();
    expect(r.people).toEqual(['Maria Lund', 'Tom Reyes']);
  });

  it('keeps a person after "By" that opens a sentence of the story ("By Jon Ames\'s account, the plan failed")', () => {
    const r = record("By Jon Ames's account, the plan failed.");
    expect(r.byline).toBeUndefined();
    expect(r.people).toEqual(['Jon Ames']);
  });

  it('keeps an outlet after a byline a name ("By Anna Berg, Reuters")', () => {
    const r = extract({ id: 't', text: 'By Anna Berg, Reuters\n\nTom Reyes spoke.' });
    expect(r.entities.map((e) => e.name)).toContain('Reuters');
  });
});

describe('other names of one party', () => {
  it('makes one entity, named in full, of "the Tories", "the Conservatives" and "the Conservative Party"', () => {
    const r = extract({ id: 't', text: 'The Tories met on Monday. The Conservative Party chose a leader, and the Conservatives cheered.' });
    const parties = r.entities.filter((e) => e.type === 'organization');
    expect(parties.map((e) => e.name)).toEqual(['Conservative Party']);
    expect(parties[0]?.mentions).toHaveLength(3);
  });

  it('makes one entity of "Lib Dems" and "Lib Dem"', () => {
    const r = extract({ id: 't', text: 'The Lib Dems met. Lib Dem leaders spoke.' });
    expect(r.entities.map((e) => e.name)).toEqual(['Liberal Democrats']);
  });

  it('keeps a party that opens a sentence ("Labour lost the vote")', () => {
    const r = extract({ id: 't', text: 'Labour lost the vote.' });
    expect(r.entities.map((e) => [e.name, e.type])).toEqual([['Labour Party', 'organization']]);
  });
});

describe('names that only look credited', () => {
  it('keeps two names joined by a slash ("Nielsen/NetRatings", "Bush/Cheney") in the story', () => {
    const r = record('The firm Nielsen/NetRatings said that Tom Reyes/Anna Berg posters sold well.');
    expect(r.byline).toBeUndefined();
  });
});

describe('names after "by" that the story tells of', () => {
  it.each([
    ['written by', 'The song was written by Lionel Marsh and Kim Dale, with Tom Reyes producing.'],
    ['a photo of the story', 'He showed a photo by the river of Tom Reyes, and Kim Dale spoke.'],
  ])('keeps the people of "%s" in the story', (_rule, text) => {
    expect(record(text).byline).toBeUndefined();
  });
});
