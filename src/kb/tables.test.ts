import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KbOrganization, KbPerson } from './entries.js';
import { KnowledgeBase, readOfficesFolder, readOrganizations } from './knowledge-base.js';
import { buildKbTables, readKbTables, type KbTables } from './tables.js';

// The build writes the shipped data's tables as JSON (scripts/kb-tables.ts) and a start reads them
// back: what it reads must answer every lookup as the knowledge base built from the files does.

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');

function roundTrip(tables: KbTables): KbTables {
  const file = join(mkdtempSync(join(tmpdir(), 'onrecord-kb-')), 'kb-tables.json');
  writeFileSync(file, JSON.stringify({ about: 'test', tables }));
  const read = readKbTables(file);
  if (read === undefined) throw new Error('tables not read back');
  return read;
}

function person(kbId: string, name: string, aliases: string[] = []): KbPerson {
  return { kbId, name, aliases, gender: 'female', country: null, terms: [] };
}

function org(kbId: string, name: string, aliases: string[] = []): KbOrganization {
  return { kbId, name, aliases, parent: null, country: null };
}

describe('knowledge base tables', () => {
  it('read back from the build, answer as the knowledge base built from the shipped files', () => {
    const persons = readOfficesFolder(join(DATA, 'offices'));
    const organizations = readOrganizations(join(DATA, 'organizations.json'));
    const fromFiles = new KnowledgeBase(persons, organizations);
    const fromTables = KnowledgeBase.fromTables(roundTrip(buildKbTables(persons, organizations)));
    expect(fromTables.persons).toStrictEqual(fromFiles.persons);
    expect(fromTables.organizations).toStrictEqual(fromFiles.organizations);
    for (const p of fromFiles.persons) {
      for (const form of [p.name, ...p.aliases]) expect(fromTables.personsNamed(form), form).toStrictEqual(fromFiles.personsNamed(form));
      expect(fromTables.byKbId(p.kbId)).toStrictEqual(p);
    }
    for (const o of fromFiles.organizations) {
      for (const form of [o.name, ...o.aliases]) expect(fromTables.organizationNamed(form), form).toStrictEqual(fromFiles.organizationNamed(form));
    }
  });

  it('keep the later of two people with one full name, and the first organisation to claim a name', () => {
    const tables = roundTrip(
      buildKbTables(
        [person('person/vela-a', 'Ines Vela'), person('person/orr', 'Tam Orr', ['Tammy Orr']), person('person/vela-b', 'Inés Vela')],
        [org('org/fxa', 'Fixture Alliance', ['FXA']), org('org/fxb', 'Fixture Board', ['FXA', 'the Fixture Alliance'])],
      ),
    );
    const kb = KnowledgeBase.fromTables(tables);
    expect(kb.personsNamed('Vela').map((p) => p.kbId)).toEqual(['person/vela-b']);
    expect(kb.personsNamed('Tammy Orr').map((p) => p.kbId)).toEqual(['person/orr']);
    expect(kb.organizationNamed('FXA')?.kbId).toBe('org/fxa');
    expect(kb.organizationNamed('fixture alliance')?.kbId).toBe('org/fxa');
    expect(kb.byKbId('person/vela-a')).toBeUndefined();
  });

  it('are absent where no build wrote them (the sources read the data files)', () => {
    expect(readKbTables(join(tmpdir(), 'onrecord-no-such-dir', 'kb-tables.json'))).toBeUndefined();
  });
});
