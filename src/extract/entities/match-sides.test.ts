import { describe, expect, it } from 'vitest';
import { extract } from '../../pipeline/extract.js';

function typeOf(text: string, name: string): string | undefined {
  return extract({ id: 't', text }).entities.find((e) => e.name === name)?.type;
}

// Our own sport reports: three words of sport ("innings", "wickets", "match") make one.
const CRICKET = 'The match ended on Friday after two innings and nine wickets.';

describe('a side of a match in a report on sport is a club', () => {
  it.each([
    ['both names around "beat"', `${CRICKET} Wexcombe beat Tarnshire by an innings.`, ['Wexcombe', 'Tarnshire']],
    ['both names around "drew with"', `${CRICKET} Wexcombe drew with Tarnshire at home.`, ['Wexcombe', 'Tarnshire']],
    ['the name after a fixture\'s "v"', `${CRICKET} Fixtures: May 17 v Tarnshire, May 20 v Wexcombe.`, ['Tarnshire', 'Wexcombe']],
  ])('%s', (_rule, text, clubs) => {
    for (const club of clubs) expect(typeOf(text, club)).toBe('organization');
  });

  it.each([
    ['a player named in full on the other side', `${CRICKET} Ostrova beat Jelena Vardic in three sets.`],
    ['the surname of a player named in full', `${CRICKET} Tavia Ostrova won. In the final, Ostrova beat Vardic again.`],
    ['a contender for a prize', `${CRICKET} In the international categories, Morrowind beat Emberly to best male.`],
  ])('not %s', (_rule, text) => {
    const organizations = extract({ id: 't', text }).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(organizations.filter((name) => /Ostrova|Morrowind|Emberly/.test(name))).toEqual([]);
  });

  it('leaves a nation its place ("England beat Pakistan")', () => {
    expect(typeOf(`${CRICKET} England beat Pakistan by 107 runs.`, 'England')).not.toBe('organization');
  });

  it('needs a report on sport: "Velmar beat Tarnshire" in a story about a vote is no match', () => {
    expect(typeOf('The council vote was close. Velmar beat Tarnshire by two votes.', 'Velmar')).not.toBe('organization');
  });
});
