/** Extraction that cannot fail: a thrown exception becomes an error record for that one article. */
import { Doc } from '../doc/document.js';
import { MESSAGE_CODES } from '../doc/messages.js';
import type { ArticleInput, ArticleRecord, MessageRecord } from '../doc/record.js';
import { toRecord } from '../doc/to-record.js';
import type { ExtractOptions } from './extract.js';

/** A function with the shape of `extract`: onrecord's own, or one loaded from a module. */
export type Extractor = (input: ArticleInput, options?: ExtractOptions) => ArticleRecord;

/** An article with a known id. */
export type IdentifiedArticle = ArticleInput & { id: string };

/** The record of an article that was not analysed: its metadata and text, no layers, and the messages. */
export function emptyRecord(input: IdentifiedArticle, messages: MessageRecord[]): ArticleRecord {
  const { text, ...meta } = input;
  return { ...toRecord(new Doc(text, meta)), messages };
}

/** The error message for an extractor that threw. */
export function failureMessage(error: unknown): MessageRecord {
  const reason = error instanceof Error ? error.message : String(error);
  return { level: 'error', code: 'extract-failed', message: `${MESSAGE_CODES['extract-failed']} (${reason})` };
}

/** Runs an extractor on one article; if it throws, returns an empty record with an `extract-failed` error. */
export function extractGuarded(extractor: Extractor, input: IdentifiedArticle, options: ExtractOptions): ArticleRecord {
  try {
    return extractor(input, options);
  } catch (error) {
    return emptyRecord(input, [failureMessage(error)]);
  }
}

/** A record already written as JSON, with its id and error messages (for reporting). */
export interface RenderedRecord {
  id: string;
  json: string;
  errors: MessageRecord[];
}

/** An article to extract, with the messages its reading gave (they go first in its record). */
export interface ArticleJob {
  input: IdentifiedArticle;
  messages: MessageRecord[];
}

/** The record of a job: the extractor's, with the reading's messages first. */
export function extractJob(extractor: Extractor, job: ArticleJob, options: ExtractOptions): ArticleRecord {
  const record = extractGuarded(extractor, job.input, options);
  return job.messages.length === 0 ? record : { ...record, messages: [...job.messages, ...record.messages] };
}

/** A record's error messages. */
export function errorsOf(record: ArticleRecord): MessageRecord[] {
  return record.messages.filter((message) => message.level === 'error');
}

/** A record written as JSON. */
export function renderRecord(record: ArticleRecord): RenderedRecord {
  return { id: record.id, json: JSON.stringify(record), errors: errorsOf(record) };
}
