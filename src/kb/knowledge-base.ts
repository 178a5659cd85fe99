/**
 * The knowledge base: the office holders and organisations shipped in src/kb/data, and a user's own
 * additions (`onrecord kb import`), which override the shipped facts. Lookups are by name, ignoring
 * case and diacritics.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficesFile } from './offices-format.js';
import { looseKey, nameWords } from '../text/fold.js';
import { GENERATIONS } from '../lexicon/words.js';
import type { KbOrganization, KbPerson } from './entries.js';
import { buildKbTables, readKbTables, surname, type KbTables } from './tables.js';

export type { KbOrganization, KbPerson } from './entries.js';

/** Office holders and organisations, indexed by name. */
export class KnowledgeBase {
  readonly persons: readonly KbPerson[];
  readonly organizations: readonly KbOrganization[];
  private readonly bySurname = new Map<string, KbPerson[]>();
  private readonly organizationsByName = new Map<string, KbOrganization>();
  private readonly byId = new Map<string, KbPerson | KbOrganization>();

  /**
   * Later entries override earlier ones with the same kbId or the same full name. `tables`, when
   * given, were built from these (tables.ts): the build's copy of the shipped data's.
   */
  constructor(persons: readonly KbPerson[], organizations: readonly KbOrganization[], tables: KbTables = buildKbTables(persons, organizations)) {
    this.persons = tables.persons;
    this.organizations = tables.organizations;
    for (const person of this.persons) this.byId.set(person.kbId, person);
    for (const org of this.organizations) this.byId.set(org.kbId, org);
    for (const [last, indexes] of tables.surnames) this.bySurname.set(last, indexes.map((i) => tables.persons[i] as KbPerson));
    for (const [key, index] of tables.organizationKeys) this.organizationsByName.set(key, tables.organizations[index] as KbOrganization);
  }

  /** A knowledge base from tables already built (the build's copy of the shipped data's). */
  static fromTables(tables: KbTables): KnowledgeBase {
    return new KnowledgeBase(tables.persons, tables.organizations, tables);
  }

  /**
   * The people a name can denote: every person with a name form whose last word is the name's last
   * word and whose words include all of the name's ("Macron", "Emmanuel Macron", "Mr Macron").
   */
  personsNamed(name: string): KbPerson[] {
    const words = nameWords(name);
    // "Jr" alone names no one: a generation is no surname.
    const last = words.length === 1 && GENERATIONS.has(words[0] ?? '') ? undefined : surname(words);
    if (last === undefined) return [];
    return (this.bySurname.get(last) ?? []).filter((person) =>
      [person.name, ...person.aliases].some((form) => {
        const formWords = nameWords(form);
        return surname(formWords) === last && words.every((w) => formWords.includes(w));
      }),
    );
  }

  /** The organisation a name or acronym denotes ("NATO", "the United Nations"), or undefined. */
  organizationNamed(name: string): KbOrganization | undefined {
    return this.organizationsByName.get(name) ?? this.organizationsByName.get(looseKey(name));
  }

  /** A person or organisation by kbId. */
  byKbId(kbId: string): KbPerson | KbOrganization | undefined {
    return this.byId.get(kbId);
  }
}

/** The folder of the shipped data: beside this file in the sources, under src/ from the built dist/. */
function dataFolder(): string {
  for (const up of ['./data/', '../../../src/kb/data/']) {
    const folder = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(join(folder, 'README.md'))) return folder;
  }
  throw new Error('onrecord: the knowledge base data (src/kb/data) is missing from the installation');
}

/** Reads the office-holder files of a folder (one JSON file per country or organisation). */
export function readOfficesFolder(folder: string): KbPerson[] {
  const persons: KbPerson[] = [];
  if (!existsSync(folder)) return persons;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    // The shipped files are checked by their test (src/kb/offices-data.test.ts), not at every start.
    const parsed = JSON.parse(readFileSync(join(folder, file), 'utf8')) as OfficesFile;
    for (const p of parsed.people) {
      persons.push({ kbId: `person/${p.id}`, name: p.name, aliases: p.aliases, gender: p.gender, country: parsed.country ?? null, terms: p.terms });
    }
  }
  return persons;
}

/** Reads organizations.json: `[{id, name, aliases, parent, country}]`. */
export function readOrganizations(file: string): KbOrganization[] {
  if (!existsSync(file)) return [];
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string; name: string; aliases?: string[]; parent?: string | null; country?: string | null }>;
  return rows.map((r) => ({
    kbId: `org/${r.id}`,
    name: r.name,
    aliases: r.aliases ?? [],
    parent: r.parent ? `org/${r.parent}` : null,
    country: r.country ?? null,
  }));
}

/** Where `onrecord kb import` keeps the user's knowledge base: $ONRECORD_KB, else ~/.onrecord/kb.jsonl. */
export function userKnowledgeBasePath(): string {
  return process.env.ONRECORD_KB ?? join(homedir(), '.onrecord', 'kb.jsonl');
}

/** Reads a user knowledge base: JSON lines of people in the KbPerson shape, as `kb import` writes them. */
export function readUserPersons(file: string): KbPerson[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as KbPerson);
}

let shipped: KnowledgeBase | undefined;

/** Where `npm run build` writes the shipped data's tables (scripts/kb-tables.ts), beside this file. */
export const BUILT_TABLES = './generated/kb-tables.json';

/** The knowledge base the extractor links to: the shipped data, overridden and extended by the user's. */
export function defaultKnowledgeBase(): KnowledgeBase {
  if (!shipped) {
    const folder = dataFolder();
    const user = readUserPersons(userKnowledgeBasePath());
    // The build's tables of the shipped data, unless a user's people are to be merged in.
    const built = user.length === 0 ? readKbTables(fileURLToPath(new URL(BUILT_TABLES, import.meta.url))) : undefined;
    shipped = built
      ? KnowledgeBase.fromTables(built)
      : new KnowledgeBase([...readOfficesFolder(join(folder, 'offices')), ...user], readOrganizations(join(folder, 'organizations.json')));
  }
  return shipped;
}

/** The organisation a name denotes in the default knowledge base. */
export function organizationByName(name: string): KbOrganization | undefined {
  return defaultKnowledgeBase().organizationNamed(name);
}
