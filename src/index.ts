/** onrecord's public API. */
export { extract, DEFAULT_MAX_CHARS, type ExtractOptions } from './pipeline/extract.js';
export { createPipeline, type Pipeline } from './pipeline/pipeline.js';
export { defaultPipeline, defaultStages } from './pipeline/presets.js';
export type { Stage } from './pipeline/stage.js';
export { Doc } from './doc/document.js';
export type * from './doc/document.js';
export type * from './doc/record.js';
export { toRecord } from './doc/to-record.js';
export { MESSAGE_CODES, type MessageCode } from './doc/messages.js';
export { extractAll, DEFAULT_BATCH_SIZE, type BatchOptions } from './pipeline/batch.js';
export { readInputs, READABLE_FORMATS, type ReadOptions, type ReadableFormat } from './ingest/inputs.js';
export type { IngestedArticle } from './ingest/article.js';
export {
  evaluate, readGold, parseGold, formatReport, isSpeechCue, THRESHOLDS,
  type EvalReport, type RowScore, type GoldDocument, type GoldItem, type GoldFile, type GoldProblem,
  readEventGold, evaluateEvents, formatEventReport, isDev, type EventGold, type EventGoldItem, type EventScores,
  readLines, parseEntityLine, evaluateEntities, formatEntityReport, type EntityGoldDocument, type EntityReport,
  parseCorefLine, evaluateCoref, formatCorefReport, type CorefGoldDocument, type CorefReport,
} from './eval/index.js';
export { KnowledgeBase, defaultKnowledgeBase, type KbPerson, type KbOrganization } from './kb/knowledge-base.js';
export { roleOn } from './kb/roles.js';
export { parseImport, type ImportResult, type ImportProblem } from './kb/import.js';
export { codeSentence, codeSentences, type CodeInput, type CodeResult, type CodedEvent, type NoEventReason } from './extract/events/code.js';
export { ploverAnnotation } from './extract/events/convention.js';
export { PLOVER_CODES, type PloverCode, type Modality } from './lexicon/plover.js';
export { openStore, DEFAULT_DB, type OpenOptions } from './store/open.js';
export { ingest, type IngestOptions, type IngestEvent } from './store/ingest.js';
export { articleKey, contentHash } from './store/identity.js';
export {
  StoreError,
  type Store, type StoredArticle, type PutOutcome, type QuoteFilter, type EntityFilter, type EventFilter, type CommonFilter,
  type QuoteHit, type ActorHit, type EventHit, type ActorRef, type ArticleRef, type StoreCounts,
  type ArticleHit, type ArticleEntry, type ActorDetail, type ActorRole, type InteractionFilter, type InteractionEdge,
} from './store/store.js';
