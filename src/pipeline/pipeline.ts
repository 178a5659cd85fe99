/** Assembles stages into a checked, frozen pipeline. */
import type { Doc, LayerName } from '../doc/document.js';
import type { Stage } from './stage.js';

/** A checked, frozen list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/**
 * Builds a pipeline, checking that every layer a stage reads is written by an earlier stage
 * and that stage names are unique. Throws on a misassembled pipeline: that is a programming error.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const written = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`Pipeline: stage name "${stage.name}" is used twice`);
    names.add(stage.name);
    for (const layer of stage.reads) {
      if (!written.has(layer)) {
        throw new Error(`Pipeline: stage "${stage.name}" reads layer "${layer}", which no earlier stage writes`);
      }
    }
    for (const layer of stage.writes) written.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    run(doc: Doc): Doc {
      for (const stage of frozen) stage.run(doc);
      return doc;
    },
  });
}
