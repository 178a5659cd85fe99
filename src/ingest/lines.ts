/** Splits a stream of bytes into lines without decoding or holding more than one line at a time. */

/** One line of bytes (without its line ending) and its 1-based number. */
export interface ByteLine {
  bytes: Buffer;
  lineNo: number;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

function trimReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === RETURN ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/**
 * Yields the lines of a byte stream. Lines are split on bytes, before decoding, so that an
 * invalid UTF-8 sequence stays within its own line and can be reported with its line number.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ByteLine> {
  // Pieces of the unfinished line: joined once its end arrives, so a long line is copied once.
  let pending: Buffer[] = [];
  let lineNo = 0;
  for await (const chunk of chunks) {
    let buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let newline = buffer.indexOf(NEWLINE);
    while (newline !== -1) {
      lineNo += 1;
      const head = buffer.subarray(0, newline);
      const line = pending.length > 0 ? Buffer.concat([...pending, head]) : head;
      pending = [];
      yield { bytes: trimReturn(line), lineNo };
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(NEWLINE);
    }
    if (buffer.length > 0) pending.push(Buffer.from(buffer));
  }
  if (pending.length > 0) yield { bytes: trimReturn(Buffer.concat(pending)), lineNo: lineNo + 1 };
}
