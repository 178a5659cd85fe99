/**
 * `onrecord kb import`: reads a Wikidata-style JSON-lines extract — one office term per line,
 * `{person, name?, aliases?, position, country?, start?, end?, gender?}` — into people of the user's
 * knowledge base. A bad line is reported with its number and skipped; the rest is imported.
 */
import { isIsoDate, type OfficeTerm } from './offices-format.js';
import type { KbPerson } from './knowledge-base.js';
import { countryByIso3, placesByName } from '../lexicon/places.js';
import { fold } from '../text/fold.js';

/** A line that could not be imported. */
export interface ImportProblem {
  line: number;
  message: string;
}

/** What an extract gives: the people it describes, and the lines it could not use. */
export interface ImportResult {
  persons: KbPerson[];
  problems: ImportProblem[];
}

type Json = Record<string, unknown>;

function text(row: Json, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = row[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** A Wikidata date ("+2005-11-22T00:00:00Z", "2005-11-22") as YYYY-MM-DD. */
function day(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const found = typeof value === 'string' ? /^\+?(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  if (!found?.[1] || !isIsoDate(found[1])) throw new Error(`"${field}" is not a date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return found[1];
}

function countryOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (/^[A-Z]{3}$/.test(value) && countryByIso3(value)) return value;
  const place = placesByName(value).find((p) => p.kind === 'country');
  if (!place?.iso3) throw new Error(`unknown country "${value}" (give an ISO 3166 alpha-3 code or an English name)`);
  return place.iso3;
}

function slug(name: string): string {
  return fold(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function aliasesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim());
  if (typeof value === 'string') return value.split('|').map((a) => a.trim()).filter((a) => a !== '');
  return [];
}

/** One line's person and term (the term is null for a line that only names a person). */
function readLine(row: Json): { person: KbPerson; term: OfficeTerm | null } {
  const person = text(row, 'person', 'item', 'id');
  if (person === undefined) throw new Error('"person" is missing');
  const wikidata = /^Q\d+$/.test(person);
  const name = text(row, 'name', 'personLabel', 'label') ?? (wikidata ? undefined : person);
  if (name === undefined) throw new Error(`"name" is missing for ${person}`);
  const gender = text(row, 'gender', 'genderLabel');
  const country = countryOf(text(row, 'country', 'countryLabel', 'countryCode'));
  const position = text(row, 'position', 'positionLabel', 'role');
  const start = day(row.start ?? row.startTime, 'start');
  const end = day(row.end ?? row.endTime, 'end');
  if (start !== null && end !== null && end <= start) throw new Error(`"end" (${end}) is not after "start" (${start})`);
  if (position === undefined && (start !== null || end !== null)) throw new Error('"position" is missing');
  const term: OfficeTerm | null =
    position === undefined ? null : { office: slug(position), role: position, start: start ?? '0001-01-01', end, source: text(row, 'source') ?? `https://www.wikidata.org/wiki/${wikidata ? person : ''}` };
  return {
    person: {
      kbId: `person/${wikidata ? person : slug(person)}`,
      name,
      aliases: aliasesOf(row.aliases),
      gender: gender === 'male' || gender === 'female' ? gender : null,
      country,
      terms: [],
    },
    term,
  };
}

/** Reads an extract's text; one person per id, with all the terms of their lines. */
export function parseImport(content: string): ImportResult {
  const byId = new Map<string, KbPerson & { terms: OfficeTerm[]; aliases: string[] }>();
  const problems: ImportProblem[] = [];
  content.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    try {
      const row: unknown = JSON.parse(raw);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error('not a JSON object');
      const { person, term } = readLine(row as Json);
      const known = byId.get(person.kbId) ?? { ...person, aliases: [], terms: [] };
      for (const alias of person.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      known.country ??= person.country;
      known.gender ??= person.gender;
      if (term && !known.terms.some((t) => t.role === term.role && t.start === term.start)) known.terms.push(term);
      byId.set(person.kbId, known);
    } catch (error) {
      problems.push({ line: index + 1, message: error instanceof SyntaxError ? `not valid JSON (${error.message})` : error instanceof Error ? error.message : String(error) });
    }
  });
  return { persons: [...byId.values()], problems };
}

/** The user's people after an import: an imported person replaces the one with the same kbId. */
export function mergePersons(existing: readonly KbPerson[], imported: readonly KbPerson[]): KbPerson[] {
  const byId = new Map(existing.map((p) => [p.kbId, p]));
  for (const person of imported) byId.set(person.kbId, person);
  return [...byId.values()];
}
