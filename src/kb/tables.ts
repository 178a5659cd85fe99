/**
 * The lookup tables of a knowledge base: its people and organisations once later entries have
 * overridden earlier ones, and their names' keys (surnames, folded organisation names). Building them
 * folds every name and alias (~20 ms of CPU for the shipped data, in every thread that extracts), so
 * `npm run build` builds the shipped data's tables once (scripts/kb-tables.ts) into dist/, and a
 * start from there reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { looseKey, nameWords } from '../text/fold.js';
import { GENERATIONS } from '../lexicon/words.js';
import type { KbOrganization, KbPerson } from './entries.js';

/** A knowledge base's people and organisations, and the keys their names are looked up by. */
export interface KbTables {
  persons: KbPerson[];
  organizations: KbOrganization[];
  /** Each surname of a name or alias, with the people (indexes in `persons`) who bear it. */
  surnames: Array<[string, number[]]>;
  /** Each key of an organisation's name or alias, with the organisation's index; the first one keeps a key. */
  organizationKeys: Array<[string, number]>;
}

/** The surname of a name's words: the last, before a generation ("Marcos" of "Ferdinand Marcos Jr."). */
export function surname(words: readonly string[]): string | undefined {
  const end = GENERATIONS.has(words.at(-1) ?? '') ? words.length - 2 : words.length - 1;
  return end >= 0 ? words[end] : undefined;
}

/** Builds the tables. Later entries override earlier ones with the same kbId or the same full name. */
export function buildKbTables(persons: readonly KbPerson[], organizations: readonly KbOrganization[]): KbTables {
  const people = new Map<string, KbPerson>();
  const byName = new Map<string, string>();
  for (const person of persons) {
    const key = nameWords(person.name).join(' ');
    const same = byName.get(key);
    if (same !== undefined && same !== person.kbId) people.delete(same);
    people.set(person.kbId, person);
    byName.set(key, person.kbId);
  }
  const kept = [...people.values()];
  const bySurname = new Map<string, number[]>();
  kept.forEach((person, index) => {
    for (const form of [person.name, ...person.aliases]) {
      const last = surname(nameWords(form));
      if (last === undefined) continue;
      const list = bySurname.get(last) ?? [];
      if (!list.includes(index)) list.push(index);
      bySurname.set(last, list);
    }
  });
  const orgs = new Map<string, KbOrganization>();
  for (const org of organizations) orgs.set(org.kbId, org);
  const keptOrgs = [...orgs.values()];
  const byKey = new Map<string, number>();
  keptOrgs.forEach((org, index) => {
    for (const form of [org.name, ...org.aliases]) {
      // Acronyms match in their own case only: "WHO" is the organisation, "who" is not.
      const key = /^[A-Z][A-Z&.]+$/.test(form) ? form : looseKey(form);
      if (!byKey.has(key)) byKey.set(key, index);
    }
  });
  return { persons: kept, organizations: keptOrgs, surnames: [...bySurname], organizationKeys: [...byKey] };
}

/** The tables as the build writes them. */
export interface KbTablesFile {
  about: string;
  tables: KbTables;
}

/**
 * Reads the tables the build wrote at `file`, or undefined when there are none (running from the
 * sources, as the tests do, where the data files are read). Like the rest of dist/, they are as
 * new as the last `npm run build`.
 */
export function readKbTables(file: string): KbTables | undefined {
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as KbTablesFile).tables;
}
