/**
 * The knowledge base: the office holders and organisations shipped in src/kb/data, and a user's own
 * additions (`onrecord kb import`), which override the shipped facts. Lookups are by name, ignoring
 * case and diacritics.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficeTerm, OfficesFile } from './offices-format.js';
import { looseKey, nameWords } from '../text/fold.js';
import { GENERATIONS } from '../lexicon/words.js';

/** A person the knowledge base knows, with every office they held. */
export interface KbPerson {
  /** "person/emmanuel-macron", or "person/Q3052772" for an imported Wikidata item. */
  kbId: string;
  name: string;
  aliases: readonly string[];
  gender: 'male' | 'female' | null;
  /** ISO3 of the country whose offices they held, or null (an organisation's officer). */
  country: string | null;
  terms: readonly OfficeTerm[];
}

/** An international, national or non-state organisation. */
export interface KbOrganization {
  /** "org/nato". */
  kbId: string;
  name: string;
  aliases: readonly string[];
  /** kbId of the organisation it belongs to ("org/un" for the Security Council), or null. */
  parent: string | null;
  country: string | null;
}

function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The surname of a name's words: the last, before a generation ("Marcos" of "Ferdinand Marcos Jr."). */
function surname(words: readonly string[]): string | undefined {
  const end = GENERATIONS.has(words.at(-1) ?? '') ? words.length - 2 : words.length - 1;
  return end >= 0 ? words[end] : undefined;
}

/** Office holders and organisations, indexed by name. */
export class KnowledgeBase {
  readonly persons: readonly KbPerson[];
  readonly organizations: readonly KbOrganization[];
  private readonly bySurname = new Map<string, KbPerson[]>();
  private readonly organizationsByName = new Map<string, KbOrganization>();
  private readonly byId = new Map<string, KbPerson | KbOrganization>();

  /** Later entries override earlier ones with the same kbId or the same full name. */
  constructor(persons: readonly KbPerson[], organizations: readonly KbOrganization[]) {
    const people = new Map<string, KbPerson>();
    const byName = new Map<string, string>();
    for (const person of persons) {
      const key = nameKey(person.name);
      const same = byName.get(key);
      if (same !== undefined && same !== person.kbId) people.delete(same);
      people.set(person.kbId, person);
      byName.set(key, person.kbId);
    }
    this.persons = [...people.values()];
    for (const person of this.persons) {
      this.byId.set(person.kbId, person);
      for (const form of [person.name, ...person.aliases]) {
        const last = surname(nameWords(form));
        if (last === undefined) continue;
        const list = this.bySurname.get(last) ?? [];
        if (!list.includes(person)) list.push(person);
        this.bySurname.set(last, list);
      }
    }
    const orgs = new Map<string, KbOrganization>();
    for (const org of organizations) orgs.set(org.kbId, org);
    this.organizations = [...orgs.values()];
    for (const org of this.organizations) {
      this.byId.set(org.kbId, org);
      for (const form of [org.name, ...org.aliases]) {
        // Acronyms match in their own case only: "WHO" is the organisation, "who" is not.
        const key = /^[A-Z][A-Z&.]+$/.test(form) ? form : looseKey(form);
        if (!this.organizationsByName.has(key)) this.organizationsByName.set(key, org);
      }
    }
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

/** The knowledge base the extractor links to: the shipped data, overridden and extended by the user's. */
export function defaultKnowledgeBase(): KnowledgeBase {
  if (!shipped) {
    const folder = dataFolder();
    const persons = [...readOfficesFolder(join(folder, 'offices')), ...readUserPersons(userKnowledgeBasePath())];
    shipped = new KnowledgeBase(persons, readOrganizations(join(folder, 'organizations.json')));
  }
  return shipped;
}

/** The organisation a name denotes in the default knowledge base. */
export function organizationByName(name: string): KbOrganization | undefined {
  return defaultKnowledgeBase().organizationNamed(name);
}
