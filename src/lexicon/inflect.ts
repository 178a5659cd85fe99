/** Regular English verb inflection, for generating the forms of lexicon verbs. */

const VOWEL = /[aeiou]/;

/** The base, third-person, past and -ing forms of a regular verb. */
export function inflect(base: string): string[] {
  const last = base.slice(-1);
  const beforeLast = base.slice(-2, -1);
  const consonantY = last === 'y' && !VOWEL.test(beforeLast);
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = last === 'e' ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : last === 'e' && !/(ee|ye|oe)$/.test(base)
      ? `${base.slice(0, -1)}ing`
      : `${base}ing`;
  return [base, third, past, ing];
}

/** All forms of a possibly multi-word verb ("point out"): the first word is inflected, the rest kept. */
export function verbForms(lemma: string, irregular: readonly string[]): string[] {
  if (irregular.length > 0) return [lemma, ...irregular];
  const [head = lemma, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return inflect(head).map((form) => form + tail);
}
