/** The default pipeline: the stages in the order they run. */
import { createPipeline, type Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';
import { paragraphsStage } from '../text/01-paragraphs.js';
import { tokensStage } from '../text/02-tokens.js';
import { properNounsStage } from '../text/03-proper-nouns.js';
import { quoteMarksStage } from '../extract/quotes/01-marks.js';
import { cuesStage } from '../extract/quotes/02-cues.js';
import { directQuotesStage } from '../extract/quotes/03-direct.js';
import { indirectQuotesStage } from '../extract/quotes/04-indirect.js';
import { namesStage } from '../extract/entities/01-names.js';
import { typesStage } from '../extract/entities/02-types.js';
import { coreferenceStage } from '../extract/entities/03-coreference.js';
import { speakersStage } from '../extract/speakers/resolve.js';
import { linkStage } from '../extract/entities/04-link.js';
import { eventsStage } from '../extract/events/04-stage.js';

/** The stages of the default pipeline, in order. */
export function defaultStages(): Stage[] {
  return [
    paragraphsStage, tokensStage, properNounsStage,
    namesStage, typesStage, coreferenceStage,
    quoteMarksStage, cuesStage, directQuotesStage, indirectQuotesStage,
    speakersStage, linkStage, eventsStage,
  ];
}

let cached: Pipeline | undefined;

/** The default pipeline, built once and shared. */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(defaultStages());
  return cached;
}
