/** Splits a stream of bytes into lines without decoding or holding more than one line at a time. */

/** One line of bytes (without its line ending) and its 1-based number. */
export interface ByteLine {
  /** The line; for a line over the limit, only its first HEAD_BYTES bytes. */
  bytes: Buffer;
  lineNo: number;
  /** Set when the line was longer than the limit: its bytes were counted, not kept. */
  tooLong?: true;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
/** What is kept of a line over the limit: enough to find its id. */
export const HEAD_BYTES = 4096;

function trimReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === RETURN ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/**
 * Yields the lines of a byte stream. Lines are split on bytes, before decoding, so that an
 * invalid UTF-8 sequence stays within its own line and can be reported with its line number. A
 * line longer than `maxBytes` is not held: its head is kept, the rest counted and dropped up to its
 * end, and it comes out marked `tooLong`.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>, maxBytes = Infinity): AsyncGenerator<ByteLine> {
  // Pieces of the unfinished line: joined once its end arrives, so a long line is copied once.
  let pending: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (tail: Buffer): ByteLine => {
    lineNo += 1;
    const line = tooLong ? { bytes: Buffer.concat(pending), lineNo, tooLong: true as const } : { bytes: trimReturn(pending.length > 0 ? Buffer.concat([...pending, tail]) : tail), lineNo };
    pending = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const hold = (piece: Buffer): void => {
    size += piece.length;
    if (!tooLong && size > maxBytes) {
      tooLong = true;
      pending = [Buffer.concat([...pending, piece]).subarray(0, HEAD_BYTES)];
    } else if (!tooLong) {
      pending.push(Buffer.from(piece));
    }
  };
  for await (const chunk of chunks) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let newline = buffer.indexOf(NEWLINE);
    while (newline !== -1) {
      const head = buffer.subarray(0, newline);
      if (tooLong || size + head.length > maxBytes) {
        hold(head);
        yield finish(Buffer.alloc(0));
      } else {
        yield finish(head);
      }
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(NEWLINE);
    }
    if (buffer.length > 0) hold(buffer);
  }
  if (pending.length > 0 || tooLong) yield finish(Buffer.alloc(0));
}
