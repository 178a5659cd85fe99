/** The default pipeline: the stages in the order they run. */
import { createPipeline, type Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/** The stages of the default pipeline, in order. */
export function defaultStages(): Stage[] {
  return [];
}

let cached: Pipeline | undefined;

/** The default pipeline, built once and shared. */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(defaultStages());
  return cached;
}
