/**
 * The part-of-speech lexicon's file: a JSON header (tag classes, counts) and the word table's typed
 * arrays (word-table.ts) with each word's tag class, as bytes. Loading it makes a few array views,
 * no string per word: start-up stays short. scripts/pos-lexicon.ts writes it at build time.
 */
import { WordTable, buildWordTable } from './word-table.js';

/** The lexicon as the build step computes it. */
export interface PosLexiconFile {
  about: string;
  /** Tag classes: the usual tag first, then the others allowed, space-separated ("NOUN VERB"). */
  classes: string[];
  /** Words, exactly as the model spells them (case matters: "US", "May"). */
  words: string[];
  /** For each word, the index of its class. */
  wordClasses: number[];
}

/** The lexicon as loaded: look a word up in `table`, and its class is `wordClasses[index]`. */
export interface LoadedPosLexicon {
  about: string;
  classes: string[];
  table: WordTable;
  wordClasses: Uint8Array;
}

const FORMAT = 'onrecord-pos-lexicon-1';

interface Header {
  format: string;
  about: string;
  classes: string[];
  words: number;
  slots: number;
  chars: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('onrecord: the part-of-speech lexicon needs a little-endian machine');
}

/** The bytes of a lexicon file. */
export function encodePosLexicon(file: PosLexiconFile): Uint8Array {
  assertLittleEndian();
  if (file.classes.length > 256) throw new Error(`pos-lexicon: ${file.classes.length} tag classes do not fit in a byte`);
  const { slots, offsets, chars } = buildWordTable(file.words);
  const header: Header = { format: FORMAT, about: file.about, classes: file.classes, words: file.words.length, slots: slots.length, chars: chars.length };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sections = [slots, offsets, chars, Uint8Array.from(file.wordClasses)];
  let length = align4(4 + headerBytes.length);
  for (const section of sections) length = align4(length + section.byteLength);
  const out = new Uint8Array(length);
  new DataView(out.buffer).setUint32(0, headerBytes.length, true);
  out.set(headerBytes, 4);
  let at = align4(4 + headerBytes.length);
  for (const section of sections) {
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at = align4(at + section.byteLength);
  }
  return out;
}

/** Reads the bytes of a lexicon file (views on them, not copies, when they are aligned). */
export function decodePosLexicon(input: Uint8Array): LoadedPosLexicon {
  assertLittleEndian();
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const fail = (why: string): never => {
    throw new Error(`onrecord: the part-of-speech lexicon is unreadable (${why}); run \`npm run build\``);
  };
  if (bytes.length < 4) fail('too short');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  if (4 + headerLength > bytes.length) fail('truncated header');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header;
  if (header.format !== FORMAT) fail(`format ${String(header.format)}, expected ${FORMAT}`);
  let at = bytes.byteOffset + align4(4 + headerLength);
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, count: number, width: number): T => {
    if (at - bytes.byteOffset + count * width > bytes.length) fail('truncated');
    const view = make(bytes.buffer, at, count);
    at = bytes.byteOffset + align4(at - bytes.byteOffset + count * width);
    return view;
  };
  const slots = take((b, o, n) => new Int32Array(b, o, n), header.slots, 4);
  const offsets = take((b, o, n) => new Uint32Array(b, o, n), header.words + 1, 4);
  const chars = take((b, o, n) => new Uint16Array(b, o, n), header.chars, 2);
  const wordClasses = take((b, o, n) => new Uint8Array(b, o, n), header.words, 1);
  return { about: header.about, classes: header.classes, table: new WordTable({ slots, offsets, chars }), wordClasses };
}
