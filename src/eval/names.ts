/**
 * Whether a predicted speaker's name and a gold reference name the same person: equal ignoring case,
 * or one contains the other's surname and their first names do not conflict
 * ("Clinton" ~ "Hillary Clinton" ~ "Hillary Rodham Clinton", but not "Bill Clinton"). Titles are no
 * part of a name ("Emperor Norton" ~ "Joshua Norton"), a surname may have several words ("Hoop
 * Scheffer" ~ "Jaap de Hoop Scheffer"), a given name its short form ("Ron Klain" ~ "Ronald Klain"), and
 * an organisation its initials ("NHS" ~ "National Health Service").
 */
import { TITLE_WORDS } from '../lexicon/words.js';

/** Words before a name that are not part of it: honorifics and titles ("Emperor Norton", "Senator Lee"). */
const HONORIFICS: ReadonlySet<string> = new Set([...TITLE_WORDS].map((w) => w.replace(/\.$/, '')));
/** Words after a surname that are not the surname. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function tokens(name: string): string[] {
  const words = name.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(words[start] ?? '')) start += 1;
  let end = words.length;
  while (end > start + 1 && SUFFIXES.has(words[end - 1] ?? '')) end -= 1;
  return words.slice(start, end);
}

// An initial agrees with any name starting with that letter ("J." and "John"), a short form with the
// name it shortens ("Ron" and "Ronald").
function firstNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return (a.length >= 3 && b.startsWith(a)) || (b.length >= 3 && a.startsWith(b));
}

/** Whether `short` is the last words of `long` ("hoop scheffer" of "jaap de hoop scheffer"). */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.length <= long.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

// "NHS" and "National Health Service": one word in capitals whose letters open the other's capitalised words.
function initialsOf(a: string, b: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(a.trim())) return false;
  const initials = (b.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w[0]).join('');
  return initials === a.trim();
}

/** Whether two names are compatible names of one person. */
export function namesAgree(a: string, b: string): boolean {
  if (initialsOf(a, b) || initialsOf(b, a)) return true;
  const x = tokens(a);
  const y = tokens(b);
  const lastX = x.at(-1);
  const lastY = y.at(-1);
  if (lastX === undefined || lastY === undefined) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (!y.includes(lastX) && !x.includes(lastY)) return false;
  if (x.length < 2 || y.length < 2 || endsWith(x, y) || endsWith(y, x)) return true;
  return firstNamesAgree(x[0] ?? '', y[0] ?? '');
}

/**
 * The words of a text that open with a capital, lowercased: the names a reader of the text could give.
 * Built once per document for `namedIn`.
 */
export function capitalisedWords(text: string): ReadonlySet<string> {
  const words = text.replace(/[’‘]/g, "'").match(/\p{Lu}[\p{L}\p{N}]*(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  return new Set(words.map((w) => w.toLowerCase()));
}

/**
 * Whether a text names the person of a gold reference, so that a reader could name them: its surname or
 * its given name appears in the text with a capital ("Nixon" or "Richard" for "Richard Nixon"). A
 * speech whose speaker only the corpus's metadata names ("I" in a speech never signed) is not named.
 */
export function namedIn(words: ReadonlySet<string>, reference: string): boolean {
  const x = tokens(reference);
  const first = x[0];
  const last = x.at(-1);
  return (last !== undefined && words.has(last)) || (first !== undefined && words.has(first));
}
