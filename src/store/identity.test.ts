import { describe, expect, it } from 'vitest';
import { fullName, actorKey, normaliseName } from './actors.js';
import { articleKey, contentHash, dayOf } from './identity.js';

describe('articleKey and contentHash', () => {
  it('keys an article by its id within its source, else its URL, else its text', () => {
    expect(articleKey({ id: 'ap-1', source: 'Wire One', url: 'https://x.example/a', text: 'One' })).toBe(articleKey({ id: 'ap-1', source: ' wire one', text: 'Two' }));
    expect(articleKey({ id: 'ap-1', source: 'Wire One', text: 'One' })).not.toBe(articleKey({ id: 'ap-1', source: 'Wire Two', text: 'One' }));
    expect(articleKey({ id: 'ap-1', text: 'One' })).not.toBe(articleKey({ id: 'rt-9', text: 'One' }));
    // Source and id cannot run into each other.
    expect(articleKey({ id: 'b', source: 'a', text: 'One' })).not.toBe(articleKey({ id: '"b', source: 'a"', text: 'One' }));
    expect(articleKey({ url: 'https://x.example/a', text: 'One' })).toBe('url:https://x.example/a');
    expect(articleKey({ id: '', url: 'https://x.example/a', text: 'One' })).toBe('url:https://x.example/a');
    expect(articleKey({ text: 'One' })).toBe(articleKey({ text: 'One' }));
    expect(articleKey({ text: 'One' })).not.toBe(articleKey({ text: 'Two' }));
  });

  it('hashes the text and every field of the input: a corrected title or date is a change', () => {
    expect(contentHash({ text: 'One', title: 'A' })).not.toBe(contentHash({ text: 'One', title: 'B' }));
    expect(contentHash({ id: 'a', text: 'One' })).not.toBe(contentHash({ id: 'a', text: 'One', date: '2024-01-01' }));
    expect(contentHash({ id: 'a', text: 'One' })).not.toBe(contentHash({ id: 'a', text: 'Two' }));
    expect(contentHash({ id: 'a', text: 'One', source: 'S' })).toBe(contentHash({ source: 'S', text: 'One', id: 'a' }));
  });

  it('takes the day of a date as written, else as parsed', () => {
    expect(dayOf('2024-03-12T23:00:00-05:00')).toBe('2024-03-12');
    expect(dayOf('March 5, 2024 12:00 UTC')).toBe('2024-03-05');
    expect(dayOf('someday')).toBeNull();
    expect(dayOf(undefined)).toBeNull();
  });
});

describe('actors', () => {
  it('normalises names: case, accents, full stops, spacing, a possessive', () => {
    expect(normaliseName('  José  M. Barroso’s')).toBe('jose m barroso');
  });

  it('counts as a full name two or more words once honorifics are dropped', () => {
    expect(fullName('Dr Anna Berg')).toBe('anna berg');
    expect(fullName('Mr Smith')).toBeNull();
    expect(fullName('Madonna')).toBeNull();
    expect(fullName('Agent 007')).toBeNull();
  });

  it('keys actors by kbId, country code, full name of a person, name of an organisation or place; else none', () => {
    const base = { kbId: null, country: null };
    expect(actorKey({ ...base, name: 'J. Vos', type: 'person', kbId: 'Q1' }, undefined)).toBe('kb:Q1');
    expect(actorKey({ ...base, name: 'France', type: 'country', country: 'FRA' }, undefined)).toBe('country:FRA');
    expect(actorKey({ ...base, name: 'Anna Berg', type: 'person' }, undefined)).toBe('person:anna berg');
    expect(actorKey({ ...base, name: 'Berg', type: 'person' }, undefined)).toBeNull();
    expect(actorKey({ ...base, name: 'Harbour  Council', type: 'organization' }, undefined)).toBe('organization:harbour council');
    expect(actorKey({ ...base, name: 'Kelmouth', type: 'place' }, undefined)).toBe('place:kelmouth');
    expect(actorKey({ ...base, name: 'the thing', type: 'other' }, undefined)).toBeNull();
  });

  it('keys a person with a kbId by it in every source, and an unknown person by full name within one source', () => {
    const base = { kbId: null, country: null, type: 'person' as const };
    expect(actorKey({ ...base, name: 'J. Vos', kbId: 'Q1' }, 'Wire One')).toBe(actorKey({ ...base, name: 'Jan Vos', kbId: 'Q1' }, 'Wire Two'));
    expect(actorKey({ ...base, name: 'Anna Berg' }, ' Wire One ')).toBe('person:anna berg@wire one');
    expect(actorKey({ ...base, name: 'Anna Berg' }, 'WIRE ONE')).toBe(actorKey({ ...base, name: 'anna  berg' }, 'wire one'));
    expect(actorKey({ ...base, name: 'Anna Berg' }, 'Wire One')).not.toBe(actorKey({ ...base, name: 'Anna Berg' }, 'Wire Two'));
    // A handle is no full name, so '@' in a key always parts the name from its source.
    expect(actorKey({ ...base, name: 'anna @berg' }, 'Wire One')).toBeNull();
  });
});
