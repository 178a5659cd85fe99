/**
 * Where an export goes: standard output, or a file written under a temporary name and renamed only once
 * it is whole (a partial export never looks complete). Writing waits for a slow reader without adding
 * a listener per wait.
 */
import { createWriteStream, rmSync, renameSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Output } from './io.js';

/** Text written in order, then committed (the file appears whole) or abandoned (nothing is left). */
export interface TextOut {
  write(chunk: string): Promise<void>;
  /** Everything was written: flush, and give a file its real name. */
  commit(): Promise<void>;
  /** The export failed: remove what was written to a file. */
  abort(): Promise<void>;
}

/** The temporary name of a file being written: beside it, so that the rename stays on one disk. */
export function partialPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
}

/**
 * Waits until `stream` can take more, or has closed or failed. Both listeners are removed when either
 * fires: racing two `once` promises left the loser's listener behind at every wait, which piled up
 * into a MaxListenersExceededWarning on a slow pipe.
 */
export function drained(stream: Output): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Writes to a stream the caller owns (standard output): commit and abort leave it open. */
export function streamOut(stream: Output): TextOut {
  return {
    async write(chunk) {
      if (stream.destroyed || stream.writableEnded) throw new Error('the output was closed');
      if (!stream.write(chunk)) await drained(stream);
    },
    commit: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

function finished(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** Writes to `path` through a temporary file; rejects at once when the file cannot be created. */
export async function fileOut(path: string): Promise<TextOut> {
  const temporary = partialPath(path);
  const stream = createWriteStream(temporary, { flags: 'w' });
  let failure: Error | null = null;
  stream.on('error', (error) => (failure ??= error));
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  return {
    async write(chunk) {
      check();
      if (!stream.write(chunk)) await drained(stream);
      check();
    },
    async commit() {
      check();
      await finished(stream);
      renameSync(temporary, path);
    },
    abort() {
      stream.destroy();
      rmSync(temporary, { force: true });
      return Promise.resolve();
    },
  };
}
