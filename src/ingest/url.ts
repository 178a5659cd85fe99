/**
 * Whether an input names a URL. Apart from fetch.ts, so that reading files does not load the fetching
 * code and what it needs (DNS, address checks: 10 million instructions at every start).
 */

/** True for an input that is a URL rather than a path. */
export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}
