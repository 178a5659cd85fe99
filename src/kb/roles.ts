/** The role a person held on a date, from their terms of office. Dates are YYYY-MM-DD strings, which compare in order. */
import type { OfficeTerm } from './offices-format.js';

interface HasTerms {
  terms: readonly OfficeTerm[];
}

// When a person holds several offices at once, the record shows the highest.
const PRIORITY = ['head-of-state', 'head-of-government', 'foreign-minister'];

function rank(term: OfficeTerm): number {
  const at = PRIORITY.indexOf(term.office);
  return at < 0 ? PRIORITY.length : at;
}

/** Whether a term covers a date: from its first day up to, not including, its successor's first day. */
export function covers(term: OfficeTerm, date: string): boolean {
  return term.start <= date && (term.end === null || date < term.end);
}

/** Whether the person held, or was elected to, an office on the date. */
export function isActiveOn(person: HasTerms, date: string): boolean {
  return person.terms.some((t) => covers(t, date));
}

/**
 * The role on a date: the office held (the highest when several), else an office they were elected
 * to and not yet took ("President-elect of ..."), else the last office they left ("former Prime
 * Minister of ..."); null before any office.
 */
export function roleOn(person: HasTerms, date: string): string | null {
  const current = person.terms.filter((t) => covers(t, date)).sort((a, b) => Number(a.elect === true) - Number(b.elect === true) || rank(a) - rank(b));
  if (current[0]) return current[0].role;
  const past = person.terms.filter((t) => t.elect !== true && t.end !== null && t.end <= date).sort((a, b) => (b.end ?? '').localeCompare(a.end ?? '') || rank(a) - rank(b));
  return past[0] ? `former ${past[0].role}` : null;
}
