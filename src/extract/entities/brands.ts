/**
 * Companies named by an ordinary word ("Apple", "Shell", "Orange"; org-names.json wordCompanies), which
 * the list of companies leaves out: a lone capitalised mention of one, not after "the" ("the Amazon"),
 * is the company, unless the article names a person who bears the word ("Harrison Ford") or is a report
 * on sport, whose lists of players bear such surnames ("Thomson, Ford, Douglas"). A sentence's
 * opening capital alone makes no name of it (01-names). An acronym that a country bears too is a
 * company after a company's noun ("security firm RSA").
 */
import type { Doc } from '../../doc/document.js';
import { COMPANY_NOUNS_BEFORE, WORD_COMPANIES } from '../../lexicon/names.js';
import { tokenBefore } from '../../text/token-index.js';
import { personWords } from './clubs.js';
import type { Named } from './named.js';

/** The names of `names` that stand for a company named by an ordinary word, of those `mayBe` allows. */
export function companiesByWord(doc: Doc, names: readonly Named[], mayBe: (n: Named) => boolean, sport: () => boolean): string[] {
  const out: string[] = [];
  let taken: Set<string> | undefined;
  for (const n of names) {
    if (n.first !== n.last || !WORD_COMPANIES.has(doc.tokens[n.first]?.lower ?? '') || !mayBe(n)) continue;
    // In a report on sport such a word is mostly a player's surname ("… Thomson, Ford, Douglas").
    if (tokenBefore(doc.tokens, n.first, 1)?.lower === 'the' || sport()) continue;
    taken ??= personWords(doc, names);
    const name = doc.slice(n.mention.name ?? n.mention);
    if (!taken.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

// A name in capitals, as an acronym is written ("RSA", "UAE").
const ACRONYM = /^[A-Z]{2,5}$/;

/**
 * The acronyms of `names` that a company noun right before makes a company though a country bears
 * them too ("security firm RSA", not South Africa; org-names.json companyNounsBefore).
 */
export function firmsByAcronym(doc: Doc, names: readonly Named[]): Set<string> {
  const out = new Set<string>();
  for (const { mention: m, first, last } of names) {
    if (m.type !== 'country' || first !== last) continue;
    const prev = tokenBefore(doc.tokens, first, 1);
    const name = doc.slice(m.name ?? m);
    // Not an acronym that modifies a noun ("the group's UK sales").
    const next = doc.tokens[last + 1];
    if (prev !== undefined && COMPANY_NOUNS_BEFORE.has(prev.lower) && ACRONYM.test(name) && next?.pos !== 'NOUN') out.add(name);
  }
  return out;
}
