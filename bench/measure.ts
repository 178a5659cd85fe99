/** Runs a command as a child process and measures it: wall time, lines of output, peak memory. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** What one run of a command measured. */
export interface Measured {
  seconds: number;
  /** Lines the command wrote to stdout (its output is counted, never kept). */
  lines: number;
  /** Peak resident memory of the process, all its threads included; null when it cannot be read. */
  peakRssMb: number | null;
  code: number | null;
  /** The end of what it wrote to stderr, for reporting a failure. */
  stderrTail: string;
}

const TIME = '/usr/bin/time';
const MAX_RSS = /Maximum resident set size \(kbytes\): (\d+)/;

// Without GNU time, the kernel's high-water mark is polled while the process runs.
function vmHwmKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]);
  } catch {
    return null;
  }
}

/** Runs `command args`, counting its stdout lines, and reports time and peak memory. */
export function measure(command: string, args: string[]): Promise<Measured> {
  const useTime = existsSync(TIME);
  const started = process.hrtime.bigint();
  const child = useTime ? spawn(TIME, ['-v', command, ...args]) : spawn(command, args);
  let lines = 0;
  let stderr = '';
  let polledKb: number | null = null;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const poll = useTime
    ? undefined
    : setInterval(() => {
        if (child.pid !== undefined) polledKb = vmHwmKb(child.pid) ?? polledKb;
      }, 25);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const fromTime = MAX_RSS.exec(stderr)?.[1];
      const kb = fromTime === undefined ? polledKb : Number(fromTime);
      const tail = stderr.replace(/\n\s*Command being timed:[\s\S]*$/, '').slice(-2000);
      resolve({ seconds, lines, peakRssMb: kb === null ? null : kb / 1024, code, stderrTail: tail });
    });
  });
}
