/** A pipeline stage: one small step that reads some layers of a Doc and adds others. */
import type { Doc, LayerName } from '../doc/document.js';

/** A stage declares what it reads and writes, so a pipeline can be checked when it is built. */
export interface Stage {
  readonly name: string;
  readonly reads: readonly LayerName[];
  readonly writes: readonly LayerName[];
  run(doc: Doc): void;
}
