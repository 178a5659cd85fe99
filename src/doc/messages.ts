/**
 * The registry of message codes: every finding about an article's content has a stable code here,
 * so users can filter on it and tests can assert it.
 */
export const MESSAGE_CODES = {
  'empty-text': 'The article has no text.',
  'binary-text': 'The text looks like binary data, not prose.',
  'invalid-utf8': 'The input was not valid UTF-8; undecodable bytes were replaced.',
  'unclosed-quote': 'A quotation mark opens but never closes; the quote was closed at the end of its paragraph.',
  'unbalanced-quote': 'A closing quotation mark has no opening one.',
  'text-truncated': 'The article is longer than the limit; the rest was not analysed.',
  'bad-json': 'An input line is not valid JSON.',
  'no-text': 'An input record has no text field.',
  'read-failed': 'The input could not be read.',
  'extract-failed': 'The extractor failed on this article.',
  'date-assumed': 'The article has no date: roles are those held today.',
  'bad-feed': 'The input is not an RSS or Atom feed that can be read.',
  'not-english': 'The article does not look like English; it was skipped.',
  'store-failed': 'The article could not be stored; nothing of it was written.',
  'too-large': 'The input is larger than the limit; it was not read on.',
  'bad-field': 'A field of the input has a value of the wrong kind; it was ignored.',
  'missing-field': 'An input record lacks a field that --field names; it was not read.',
} as const;

/** A stable message code. */
export type MessageCode = keyof typeof MESSAGE_CODES;
