/** A name mention with the tokens it spans: what the typing rules read (organizations, clubs, brands, works). */
import type { Mention } from '../../doc/document.js';

/** A name mention and its tokens. */
export interface Named {
  mention: Mention;
  first: number;
  last: number;
}
