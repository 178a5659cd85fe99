/**
 * Whether a predicted speaker's name and a gold reference name the same person: equal ignoring case,
 * or one contains the other's surname and their first names do not conflict
 * ("Clinton" ~ "Hillary Clinton" ~ "Hillary Rodham Clinton", but not "Bill Clinton").
 */

/** Words before a name that are not part of it. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'prof']);
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

// An initial agrees with any name starting with that letter ("J." and "John").
function firstNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** Whether two names are compatible names of one person. */
export function namesAgree(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  const lastX = x.at(-1);
  const lastY = y.at(-1);
  if (lastX === undefined || lastY === undefined) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (!y.includes(lastX) && !x.includes(lastY)) return false;
  if (x.length < 2 || y.length < 2) return true;
  return firstNamesAgree(x[0] ?? '', y[0] ?? '');
}
