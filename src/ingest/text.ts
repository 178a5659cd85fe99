/** Reads plain text: the whole file (or stream) is one article. */
import { readFile } from 'node:fs/promises';
import { invalidUtf8, type IngestedArticle } from './article.js';
import { decodeUtf8 } from './decode.js';

/** Settings that apply to plain-text articles, which carry no metadata of their own. */
export interface TextOptions {
  /** The article's date (plain text has none). */
  date?: string;
}

/** The article held in a plain-text buffer. */
export function textArticle(bytes: Uint8Array, id: string, options: TextOptions = {}): IngestedArticle {
  const { text, valid } = decodeUtf8(bytes);
  const input = { id, text, ...(options.date !== undefined && { date: options.date }) };
  return { input, origin: id, messages: valid ? [] : [invalidUtf8(id)], readable: true };
}

/** Reads a plain-text file as one article with the given id. */
export async function readTextFile(path: string, id: string, options: TextOptions = {}): Promise<IngestedArticle> {
  return textArticle(await readFile(path), id, options);
}
