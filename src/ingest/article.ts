/** What a reader yields: an article ready for extraction, or the trace of one that could not be read. */
import type { ArticleInput, MessageRecord } from '../doc/record.js';
import { MESSAGE_CODES, type MessageCode } from '../doc/messages.js';

/** An article whose id is known. */
export type IdentifiedInput = ArticleInput & { id: string };

/** One article as read from an input, before extraction. */
export interface IngestedArticle {
  /** The article; `id` is always set (from the input, or made from where it was read). */
  input: IdentifiedInput;
  /** Where it was read from, for error messages: `dir/a.txt`, `corpus.jsonl:12`. */
  origin: string;
  /** Findings made while reading (invalid UTF-8, bad JSON): they come first in the record's messages. */
  messages: MessageRecord[];
  /** False when no article could be read (bad JSON, no text): the record stays empty, with the error. */
  readable: boolean;
  /** Who wrote it, when the input says (an HTML page's byline): kept by the store, not part of the record. */
  byline?: string;
  /** True when the input gave no id and `input.id` was made from where it was read (`file.jsonl:12`): it then names the article in messages but does not identify it (see `articleKey`). */
  madeId?: boolean;
}

/** A message about an input, with the registry's wording unless a specific one is given. */
export function inputMessage(
  code: MessageCode,
  level: MessageRecord['level'],
  message: string = MESSAGE_CODES[code],
): MessageRecord {
  return { level, code, message };
}

/** The message for bytes that were not valid UTF-8. */
export function invalidUtf8(origin: string): MessageRecord {
  return inputMessage('invalid-utf8', 'warning', `${origin}: ${MESSAGE_CODES['invalid-utf8']}`);
}

/** An input that yielded no article: an empty text and an error saying why. */
export function unreadable(
  input: Omit<IdentifiedInput, 'text'>,
  origin: string,
  messages: MessageRecord[],
): IngestedArticle {
  return { input: { ...input, text: '' }, origin, messages, readable: false };
}
