/** Guesses an input's format from its first bytes, and notices gzip by its magic number. */

/** Formats a stream can be read as. */
export type StreamFormat = 'txt' | 'jsonl' | 'json' | 'html' | 'feed';

/** Bytes looked at to guess a format. */
export const SNIFF_BYTES = 1024;

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0xef, 0xbb, 0xbf]);

/** True when the bytes start with gzip's magic number. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** True when the head holds something other than whitespace (and byte-order-mark bytes). */
export function hasContent(head: Uint8Array): boolean {
  return head.some((byte) => !WHITESPACE.has(byte));
}

/**
 * The format of content starting with `head`: JSON lines after `{`, a JSON document after `[`, a
 * feed or an HTML page after `<` (by the first element's name), else plain text.
 */
export function sniffFormat(head: Uint8Array): StreamFormat {
  const first = head.find((byte) => !WHITESPACE.has(byte));
  if (first === 0x7b) return 'jsonl';
  if (first === 0x5b) return 'json';
  if (first !== 0x3c) return 'txt';
  const start = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1').toLowerCase();
  // The first element that is not a declaration, comment or processing instruction.
  const element = /<([a-z][\w:.-]*)/.exec(start.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (element === 'rss' || element === 'feed' || element === 'rdf:rdf') return 'feed';
  if (/<!doctype html|<html|<head|<body|<meta|<title|<p[\s>]|<div|<article/.test(start)) return 'html';
  return element === undefined ? 'txt' : 'html';
}
