import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryByIso3 } from '../lexicon/places.js';
import data from './data/organizations.json' with { type: 'json' };

// The organisation list: international bodies, non-state actors and national institutions that stand for a
// state in news. These checks keep it usable by the linker: one owner per surface form, parents that exist.

const FIELDS = ['id', 'name', 'aliases', 'parent', 'country', 'source'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Case-, diacritic- and article-insensitive key, as a linker would compare names. */
function key(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/^the /, '');
}

const orgs = data as unknown as Record<string, unknown>[];
const ids = new Set(orgs.map((o) => o['id']));

describe('organizations.json', () => {
  it('is a list of objects with exactly the documented fields', () => {
    expect(Array.isArray(data)).toBe(true);
    const bad = orgs.filter((o) => Object.keys(o).sort().join() !== [...FIELDS].sort().join()).map((o) => o['id']);
    expect(bad).toEqual([]);
  });

  it('gives each organisation a unique slug id, a name, aliases and an https source', () => {
    expect(ids.size).toBe(orgs.length);
    const bad = orgs.filter(
      (o) =>
        typeof o['id'] !== 'string' ||
        !SLUG.test(o['id']) ||
        typeof o['name'] !== 'string' ||
        o['name'].trim() === '' ||
        !Array.isArray(o['aliases']) ||
        !o['aliases'].every((a) => typeof a === 'string' && a.trim() === a && a !== '') ||
        typeof o['source'] !== 'string' ||
        !o['source'].startsWith('https://'),
    );
    expect(bad.map((o) => o['id'])).toEqual([]);
  });

  it('names a parent that is listed, without cycles', () => {
    const parentOf = new Map(orgs.map((o) => [o['id'], o['parent']]));
    const problems: string[] = [];
    for (const o of orgs) {
      const seen = new Set<unknown>([o['id']]);
      let parent = o['parent'];
      while (parent !== null) {
        if (typeof parent !== 'string' || !ids.has(parent)) {
          problems.push(`${String(o['id'])}: unknown parent ${JSON.stringify(parent)}`);
          break;
        }
        if (seen.has(parent)) {
          problems.push(`${String(o['id'])}: parent cycle through ${parent}`);
          break;
        }
        seen.add(parent);
        parent = parentOf.get(parent) ?? null;
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives a country only as a known ISO3 code', () => {
    const bad = orgs.filter((o) => o['country'] !== null && (typeof o['country'] !== 'string' || countryByIso3(o['country']) === undefined));
    expect(bad.map((o) => o['id'])).toEqual([]);
  });

  it('lets no name or alias denote two organisations, or an organisation and a country', () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) for (const s of [c.name, ...c.aliases]) owner.set(key(s), `country ${c.iso3}`);
    const problems: string[] = [];
    for (const o of orgs) {
      const forms = [o['name'], ...(o['aliases'] as unknown[])].map((s) => key(String(s)));
      if (new Set(forms).size !== forms.length) problems.push(`${String(o['id'])}: an alias repeats the name or another alias`);
      for (const form of new Set(forms)) {
        const first = owner.get(form);
        if (first !== undefined) problems.push(`"${form}": ${String(o['id'])} and ${first}`);
        else owner.set(form, String(o['id']));
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every organisation that has a file of office holders', () => {
    const dir = new URL('./data/offices/', import.meta.url);
    const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : [];
    const missing = names
      .map((n) => (JSON.parse(readFileSync(new URL(n, dir), 'utf8')) as { organization?: unknown }).organization)
      .filter((id) => id !== undefined && !ids.has(id));
    expect(missing).toEqual([]);
  });
});
