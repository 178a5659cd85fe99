/** A user's search words, read once for every dialect: words (all must occur), "a phrase", prefix*. */

/** One term of a search. */
export interface SearchTerm {
  /** The words, without quotes or the trailing `*`. */
  text: string;
  /** Written in double quotes: its words in this order. */
  phrase: boolean;
  /** Ended by `*`: any word beginning so. */
  prefix: boolean;
}

/** The terms of a search; empty when it holds no words. Search syntax other than these is taken literally. */
export function searchTerms(search: string): SearchTerm[] {
  const terms = search.match(/"[^"]*"|[^\s"]+/g) ?? [];
  return terms.flatMap((term): SearchTerm[] => {
    const phrase = term.startsWith('"');
    const prefix = term.endsWith('*') && !phrase;
    const text = term.replace(/^"|"$/g, '').replace(/\*$/, '');
    return text.trim() === '' ? [] : [{ text, phrase, prefix }];
  });
}
