/** Stand-in streams for command tests: what a command writes, kept as text. */
import { PassThrough, Writable, type Readable } from 'node:stream';
import type { CommandIO } from '../src/cli/io.js';

/** A writable stream that keeps what is written, and may pretend to be a terminal. */
export class Capture extends Writable {
  text = '';
  writes: string[] = [];
  isTTY: boolean;
  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    this.writes.push(chunk.toString());
    done();
  }
}

/** The streams of a command under test: stdout on a terminal when `tty`, stdin a terminal unless given. */
export function captureIO(options: { tty?: boolean; stdin?: Readable } = {}): CommandIO & { stdout: Capture; stderr: Capture } {
  const stdin = options.stdin ?? Object.assign(new PassThrough(), { isTTY: true });
  return { stdin, stdout: new Capture(options.tty), stderr: new Capture() };
}
