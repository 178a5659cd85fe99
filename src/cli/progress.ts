/**
 * Progress of a long `onrecord extract` run, on standard error: a line redrawn in place on a
 * terminal, plain lines now and then when asked for (`--progress`) elsewhere, nothing otherwise.
 */
import type { Output } from './io.js';

/** How progress is shown: redrawn in place, as plain lines, or not at all. */
export type ProgressMode = 'live' | 'lines' | 'off';

/** Where and how to show progress. */
export interface ProgressOptions {
  stream: Output;
  mode: ProgressMode;
  /** The size of the whole input in bytes, when known: it gives a percentage and an ETA. */
  totalBytes?: number | null;
  /** Milliseconds from any fixed origin; `performance.now` by default (tests pass a fake clock). */
  now?: () => number;
}

/** What the command tells its progress reporter. */
export interface Progress {
  /** Counts one more article output; `bytesDone` is how much of the input it and those before it span. */
  tick(bytesDone: number): void;
  /** Removes the live line before something else is written to the same terminal (it comes back at the next draw). */
  clear(): void;
  /** Ends the report: clears the live line, or writes a last plain line. */
  end(): void;
}

/** Live redraws at most this often (ms): ten a second. */
export const LIVE_INTERVAL = 100;
/** Plain lines at most this often (ms). */
export const LINES_INTERVAL = 2000;

/**
 * The mode for a run: live when standard error is a terminal and standard output is not (records
 * on the same terminal would tear the line), plain lines when `--progress` asks for them, else off,
 * so that piped standard error carries only real problems.
 */
export function progressMode(stderrIsTTY: boolean, stdoutIsTTY: boolean, asked: boolean): ProgressMode {
  if (stderrIsTTY && !stdoutIsTTY) return 'live';
  return asked ? 'lines' : 'off';
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** One progress report: articles done, their rate, and — when the input size is known — share and ETA. */
export function formatProgress(done: number, seconds: number, bytesDone: number, totalBytes: number | null): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [`${done.toLocaleString('en-US')} ${done === 1 ? 'article' : 'articles'}`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
  if (totalBytes !== null && totalBytes > 0 && bytesDone > 0) {
    const share = Math.min(1, bytesDone / totalBytes);
    parts.push(`${Math.floor(share * 100)}%`, `ETA ${duration((seconds * (1 - share)) / share)}`);
  }
  return parts.join(' · ');
}

/** A progress reporter for one run. Draws only from `tick`, so it never keeps the process alive. */
export function createProgress(options: ProgressOptions): Progress {
  const { stream, mode } = options;
  const now = options.now ?? (() => performance.now());
  const totalBytes = options.totalBytes ?? null;
  const started = now();
  const interval = mode === 'live' ? LIVE_INTERVAL : LINES_INTERVAL;
  let lastDraw = started;
  let done = 0;
  let bytes = 0;
  let shown = false;

  const report = (): string => formatProgress(done, (now() - started) / 1000, bytes, totalBytes);
  const clear = (): void => {
    // Carriage return, then erase to the end of the line.
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };

  return {
    tick(bytesDone) {
      done += 1;
      bytes = bytesDone;
      if (mode === 'off' || now() - lastDraw < interval) return;
      lastDraw = now();
      if (mode === 'live') {
        stream.write(`\r${report()}\x1b[K`);
        shown = true;
      } else {
        stream.write(`onrecord: ${report()}\n`);
      }
    },
    clear,
    end() {
      if (mode === 'live') clear();
      // A last line, so a log shows the whole run's count and rate.
      else if (mode === 'lines') stream.write(`onrecord: ${formatProgress(done, (now() - started) / 1000, bytes, null)} (done)\n`);
    },
  };
}
