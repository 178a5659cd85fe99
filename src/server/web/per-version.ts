/**
 * A value made from the store and kept until the store's data version moves: for pages that read only
 * the store's sums (the dashboard), which change only when the store does. This is not the response
 * cache (`--cache-mb`, every GET by URL): it is one value per use, made again after any write, kept
 * with the cache off too — the dashboard took ~3 ms of the one event loop per request (its sums read,
 * six SVG charts and tables drawn), and 200 clients wait on one another's requests.
 */
import type { Store } from '../../store/store.js';

/** Gives `make`'s value for the store's current data version, made once per version (a burst shares one making). */
export function perVersion<T>(store: Pick<Store, 'dataVersion'>, make: () => Promise<T>): () => Promise<T> {
  let kept: { version: string; value: Promise<T> } | null = null;
  return async () => {
    const version = await store.dataVersion();
    if (kept?.version !== version) {
      const value = make();
      kept = { version, value };
      // A failed making is not kept: the next request tries again.
      value.catch(() => {
        if (kept?.value === value) kept = null;
      });
    }
    return kept.value;
  };
}
