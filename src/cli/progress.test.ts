import { describe, expect, it } from 'vitest';
import { Capture } from '../../test/capture.js';
import { createProgress, formatProgress, progressMode, type ProgressMode } from './progress.js';


// A clock the test moves by hand.
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 5000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

function setup(mode: ProgressMode, totalBytes: number | null = null) {
  const stream = new Capture();
  const clock = fakeClock();
  const progress = createProgress({ stream, mode, totalBytes, now: clock.now });
  return { stream, clock, progress };
}

describe('progressMode', () => {
  it('is live on a terminal, plain lines only when asked for elsewhere', () => {
    expect(progressMode(true, false, false)).toBe('live');
    expect(progressMode(true, false, true)).toBe('live');
    expect(progressMode(false, false, false)).toBe('off');
    expect(progressMode(false, true, false)).toBe('off');
    expect(progressMode(false, false, true)).toBe('lines');
    // Records on the same terminal would tear a live line.
    expect(progressMode(true, true, false)).toBe('off');
    expect(progressMode(true, true, true)).toBe('lines');
  });
});

describe('formatProgress', () => {
  it('gives count and rate, and share and ETA when the size is known', () => {
    expect(formatProgress(1234, 10, 0, null)).toBe('1,234 articles · 123/s');
    expect(formatProgress(1, 2, 10, null)).toBe('1 article · 0.5/s');
    expect(formatProgress(0, 0, 0, 100)).toBe('0 articles · 0.0/s');
    // A quarter of the bytes in 30 s: 90 s to go.
    expect(formatProgress(500, 30, 250, 1000)).toBe('500 articles · 17/s · 25% · ETA 1m 30s');
    expect(formatProgress(9, 4000, 1, 2)).toBe('9 articles · 0.0/s · 50% · ETA 1h 06m');
  });
});

describe('createProgress', () => {
  it('redraws a live line at most ten times a second and clears it at the end', () => {
    const { stream, clock, progress } = setup('live', 1000);
    progress.tick(10);
    expect(stream.writes).toEqual([]);
    clock.advance(100);
    progress.tick(20);
    // 2% of the bytes in 0.1 s: 4.9 s to go.
    expect(stream.writes).toEqual(['\r2 articles · 20/s · 2% · ETA 5s\x1b[K']);
    for (let i = 0; i < 5; i++) {
      clock.advance(10);
      progress.tick(30);
    }
    expect(stream.writes).toHaveLength(1);
    clock.advance(60);
    progress.tick(500);
    expect(stream.writes).toHaveLength(2);
    expect(stream.writes[1]).toBe('\r8 articles · 38/s · 50% · ETA 0s\x1b[K');
    progress.end();
    expect(stream.writes.at(-1)).toBe('\r\x1b[K');
    expect(stream.writes.join('')).not.toContain('\n');
  });

  it('clears the live line only when one is shown', () => {
    const { stream, clock, progress } = setup('live');
    progress.clear();
    progress.end();
    expect(stream.writes).toEqual([]);
    clock.advance(150);
    progress.tick(0);
    progress.clear();
    progress.clear();
    expect(stream.writes).toEqual(['\r1 article · 6.7/s\x1b[K', '\r\x1b[K']);
  });

  it('writes a plain line every two seconds, and a last one, when asked for', () => {
    const { stream, clock, progress } = setup('lines');
    for (let i = 0; i < 50; i++) {
      clock.advance(100);
      progress.tick(i);
    }
    // 5 s in all: lines at 2 s and 4 s.
    expect(stream.writes).toEqual(['onrecord: 20 articles · 10/s\n', 'onrecord: 40 articles · 10/s\n']);
    progress.end();
    expect(stream.writes.at(-1)).toBe('onrecord: 50 articles · 10/s (done)\n');
  });

  it('writes nothing when off', () => {
    const { stream, clock, progress } = setup('off', 100);
    for (let i = 0; i < 10; i++) {
      clock.advance(5000);
      progress.tick(i);
    }
    progress.clear();
    progress.end();
    expect(stream.writes).toEqual([]);
  });
});
