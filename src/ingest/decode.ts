/** Decodes bytes as UTF-8, noticing invalid sequences instead of hiding them. */
import { isUtf8 } from 'node:buffer';

/** Decoded text, and whether the bytes were valid UTF-8 (invalid bytes became U+FFFD). */
export interface Decoded {
  text: string;
  valid: boolean;
}

/** Decodes UTF-8 bytes with replacement, reporting whether anything had to be replaced. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  const valid = isUtf8(bytes);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A byte-order mark is an encoding artefact, not part of the article.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, valid };
}
