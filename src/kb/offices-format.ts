/**
 * The format of the office-holder knowledge base (src/kb/data/offices/*.json, one file per country or
 * organisation): its types, and checks that list every problem of a file as a readable message naming
 * the file, the person and the term. The format test and the `kb import` command both use these checks.
 */
import { COUNTRIES, countryByIso3 } from '../lexicon/places.js';

/** The offices a country file records. Organisation files use their own lower-case keys. */
export const COUNTRY_OFFICES = ['head-of-state', 'head-of-government', 'foreign-minister'] as const;

/** One period a person held (or was elected or designated to) an office. */
export interface OfficeTerm {
  /** "head-of-state" | "head-of-government" | "foreign-minister", or an organisation's key ("secretary-general"). */
  office: string;
  /** The role as a record shows it, naming the country or organisation ("President of France"). */
  role: string;
  /** First day in office, YYYY-MM-DD. */
  start: string;
  /** The day the successor took office, or null while in office on the file's asOf. */
  end: string | null;
  /** An https URL where the fact can be checked. */
  source: string;
  /** True for a President-elect or Prime Minister-designate period before the real term. */
  elect?: boolean;
}

/** One office holder, with every term they held in any country or organisation. */
export interface OfficePerson {
  /** Lower-case ascii slug of the usual full name, unique across all files. */
  id: string;
  name: string;
  /** Other forms of the name; never the bare surname nor a copy without diacritics. */
  aliases: string[];
  gender: 'male' | 'female';
  terms: OfficeTerm[];
}

/** One file of the knowledge base: exactly one of `country` (ISO3) or `organization` (lower-case id). */
export interface OfficesFile {
  country?: string;
  organization?: string;
  /** The day up to which the facts were checked. */
  asOf: string;
  people: OfficePerson[];
}

type Json = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OFFICE_KEY = /^[a-z]+(?:-[a-z]+)*$/;
const FILE_KEYS = new Set(['country', 'organization', 'asOf', 'people']);
const PERSON_KEYS = new Set(['id', 'name', 'aliases', 'gender', 'terms']);
const TERM_KEYS = new Set(['office', 'role', 'start', 'end', 'source', 'elect']);

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value === value.trim();
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Removes diacritics and case, so that "Francois" and "François" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function unknownKeys(value: Json, allowed: ReadonlySet<string>): string[] {
  return Object.keys(value).filter((key) => !allowed.has(key));
}

// Country names, aliases and demonyms, longest first, to tell which country a role names.
const COUNTRY_SURFACES: readonly (readonly [RegExp, string])[] = COUNTRIES.flatMap((c) =>
  [c.name, ...c.aliases, ...c.demonyms].map((s) => [s, c.iso3] as const),
)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([surface, iso3]) => [new RegExp(`(?<![\\p{L}.])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'), iso3] as const);

/**
 * The country a role names ("Queen of Canada" → CAN), or `fallback` when it names none or several.
 * A monarch of several realms is kept in one file, so overlap checks must group terms by this.
 */
export function roleJurisdiction(role: string, fallback: string): string {
  const taken: [number, number][] = [];
  const found = new Set<string>();
  for (const [pattern, iso3] of COUNTRY_SURFACES) {
    for (const m of role.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start >= s && end <= e)) continue;
      taken.push([start, end]);
      found.add(iso3);
    }
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : fallback;
}

interface CheckedTerm {
  person: string;
  index: number;
  term: OfficeTerm;
  group: string;
}

function termLabel(t: CheckedTerm): string {
  return `${t.person}: term ${t.index + 1} (${t.term.office} ${t.term.role} ${t.term.start})`;
}

function checkTerm(value: unknown, where: string, asOf: string | null, countryFile: boolean, problems: string[]): OfficeTerm | null {
  if (!isRecord(value)) {
    problems.push(`${where}: a term must be an object`);
    return null;
  }
  const before = problems.length;
  for (const key of unknownKeys(value, TERM_KEYS)) problems.push(`${where}: unknown field "${key}"`);
  const { office, role, start, end, source, elect } = value;
  if (typeof office !== 'string' || !OFFICE_KEY.test(office)) problems.push(`${where}: office must be a lower-case key, got ${JSON.stringify(office)}`);
  else if (!countryFile && (COUNTRY_OFFICES as readonly string[]).includes(office)) {
    problems.push(`${where}: office "${office}" belongs in a country file`);
  }
  if (!isNonEmptyString(role)) problems.push(`${where}: role must be a non-empty trimmed string`);
  if (!isIsoDate(start)) problems.push(`${where}: start must be a valid YYYY-MM-DD date, got ${JSON.stringify(start)}`);
  if (end !== null && !isIsoDate(end)) problems.push(`${where}: end must be null or a valid YYYY-MM-DD date, got ${JSON.stringify(end)}`);
  if (!isHttpsUrl(source)) problems.push(`${where}: source must be an https URL, got ${JSON.stringify(source)}`);
  if (elect !== undefined && elect !== true) problems.push(`${where}: elect must be true when present, got ${JSON.stringify(elect)}`);
  if (isIsoDate(start) && isIsoDate(end) && start >= end) problems.push(`${where}: start ${start} is not before end ${end}`);
  if (asOf !== null && isIsoDate(start) && start > asOf) problems.push(`${where}: start ${start} is after asOf ${asOf}`);
  if (asOf !== null && isIsoDate(end) && end > asOf) problems.push(`${where}: end ${end} is after asOf ${asOf}`);
  if (elect === true && isNonEmptyString(role) && !/elect|designate/i.test(role)) {
    problems.push(`${where}: an elect term's role should say "-elect" or "designate", got "${role}"`);
  }
  if (problems.length > before || typeof office !== 'string' || !isNonEmptyString(role) || !isIsoDate(start) || !isHttpsUrl(source)) return null;
  const term: OfficeTerm = { office, role, start, end: isIsoDate(end) ? end : null, source };
  if (elect === true) term.elect = true;
  return term;
}

function checkAliases(aliases: unknown, name: string, where: string, problems: string[]): void {
  if (!Array.isArray(aliases)) {
    problems.push(`${where}: aliases must be an array (may be empty)`);
    return;
  }
  const seen = new Set<string>([fold(name)]);
  const surname = name.split(/\s+/).at(-1) ?? name;
  for (const alias of aliases) {
    if (!isNonEmptyString(alias)) {
      problems.push(`${where}: alias ${JSON.stringify(alias)} must be a non-empty trimmed string`);
      continue;
    }
    if (alias === surname && alias !== name) problems.push(`${where}: alias "${alias}" is the bare surname (the linker derives it)`);
    else if (seen.has(fold(alias))) problems.push(`${where}: alias "${alias}" repeats the name or another alias (up to case and diacritics)`);
    seen.add(fold(alias));
  }
}

/** Overlap and elect rules among the well-formed terms of one file. */
function checkTermOrder(name: string, terms: readonly CheckedTerm[], problems: string[]): void {
  const groups = new Map<string, CheckedTerm[]>();
  for (const t of terms) {
    const key = `${t.group}|${t.term.elect === true ? 'elect' : 'real'}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const [key, list] of groups) {
    const sorted = [...list].sort((a, b) => a.term.start.localeCompare(b.term.start));
    const open = sorted.filter((t) => t.term.end === null);
    if (open.length > 1) problems.push(`${name}: ${open.length} terms of ${key} have end null: ${open.map(termLabel).join('; ')}`);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const next = sorted[i];
      if (prev === undefined || next === undefined) continue;
      if (prev.term.end === null || next.term.start < prev.term.end) {
        problems.push(`${name}: ${termLabel(next)} overlaps ${termLabel(prev)} (ends ${prev.term.end ?? 'null'})`);
      }
    }
  }
  for (const t of terms) {
    if (t.term.elect !== true) continue;
    const real = terms
      .filter((r) => r.person === t.person && r.group === t.group && r.term.elect !== true && r.term.start >= t.term.start)
      .sort((a, b) => a.term.start.localeCompare(b.term.start))[0];
    if (real === undefined) continue;
    if (t.term.end === null || t.term.end > real.term.start) {
      problems.push(`${name}: ${termLabel(t)} must end on or before the start of ${termLabel(real)}`);
    }
  }
}

/**
 * Every problem of one knowledge-base file (empty when it is valid). `name` is the file name
 * ("FRA.json"); it must match the file's country or organisation.
 */
export function checkOfficesFile(name: string, json: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(json)) return [`${name}: the file must hold a JSON object`];
  for (const key of unknownKeys(json, FILE_KEYS)) problems.push(`${name}: unknown field "${key}"`);
  const { country, organization, asOf, people } = json;
  const countryFile = country !== undefined;
  if (countryFile === (organization !== undefined)) problems.push(`${name}: give exactly one of "country" and "organization"`);
  if (countryFile) {
    if (typeof country !== 'string' || countryByIso3(country) === undefined) problems.push(`${name}: country must be a known ISO3 code, got ${JSON.stringify(country)}`);
    else if (name !== `${country}.json`) problems.push(`${name}: a file for country ${country} must be named ${country}.json`);
  } else if (organization !== undefined) {
    if (typeof organization !== 'string' || !SLUG.test(organization)) problems.push(`${name}: organization must be a lower-case id, got ${JSON.stringify(organization)}`);
    else if (name !== `${organization}.json`) problems.push(`${name}: a file for organization ${organization} must be named ${organization}.json`);
  }
  if (!isIsoDate(asOf)) problems.push(`${name}: asOf must be a valid YYYY-MM-DD date, got ${JSON.stringify(asOf)}`);
  if (!Array.isArray(people)) return [...problems, `${name}: people must be an array`];
  const fallback = typeof country === 'string' ? country : typeof organization === 'string' ? organization : name;

  const ids = new Set<string>();
  const terms: CheckedTerm[] = [];
  people.forEach((person: unknown, p) => {
    const id = isRecord(person) && typeof person['id'] === 'string' ? person['id'] : `person ${p + 1}`;
    const where = `${name}: ${id}`;
    if (!isRecord(person)) {
      problems.push(`${where}: a person must be an object`);
      return;
    }
    for (const key of unknownKeys(person, PERSON_KEYS)) problems.push(`${where}: unknown field "${key}"`);
    if (typeof person['id'] !== 'string' || !SLUG.test(person['id'])) problems.push(`${where}: id must be a lower-case ascii slug`);
    else if (ids.has(person['id'])) problems.push(`${where}: id appears twice in the file`);
    ids.add(id);
    const personName = person['name'];
    if (!isNonEmptyString(personName)) problems.push(`${where}: name must be a non-empty trimmed string`);
    else checkAliases(person['aliases'], personName, where, problems);
    if (person['gender'] !== 'male' && person['gender'] !== 'female') problems.push(`${where}: gender must be "male" or "female"`);
    const list = person['terms'];
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${where}: terms must be a non-empty array`);
      return;
    }
    list.forEach((value: unknown, index) => {
      const term = checkTerm(value, `${where}: term ${index + 1}`, isIsoDate(asOf) ? asOf : null, countryFile, problems);
      if (term !== null) terms.push({ person: id, index, term, group: `${term.office}@${roleJurisdiction(term.role, fallback)}` });
    });
  });
  checkTermOrder(name, terms, problems);
  return problems;
}

/** Problems across files: a person id (and so a person) may appear in one file only. */
export function checkOfficesFiles(files: readonly { name: string; json: unknown }[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const { name, json } of files) {
    if (!isRecord(json) || !Array.isArray(json['people'])) continue;
    for (const person of json['people']) {
      if (!isRecord(person) || typeof person['id'] !== 'string') continue;
      const first = owner.get(person['id']);
      if (first !== undefined && first !== name) problems.push(`${name}: ${person['id']}: id already used in ${first}`);
      else owner.set(person['id'], name);
    }
  }
  return problems;
}

/** The file as typed data; throws an Error listing every problem when it is not valid. */
export function parseOfficesFile(name: string, json: unknown): OfficesFile {
  const problems = checkOfficesFile(name, json);
  if (problems.length > 0) throw new Error(`invalid knowledge-base file ${name}:\n${problems.join('\n')}`);
  // Every field was checked above, so the object has the OfficesFile shape.
  return json as OfficesFile;
}
