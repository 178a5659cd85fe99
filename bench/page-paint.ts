/**
 * First contentful paint of whole pages in headless Chromium, for the serve bench: a page loaded on
 * a server started afresh with its response cache off for each load (cold: nothing computed before,
 * the store's file in the OS's cache as a running machine has it), then on the bench's running
 * server with its cache (warm).
 */
import type { ChildProcess } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';

/** Debian's Chromium, which playwright-core drives (it downloads no browser). */
export const CHROMIUM = '/usr/bin/chromium';

/** Loads a URL and gives its first contentful paint and time to first byte (ms from navigation start). */
export async function paintOf(page: Page, url: string): Promise<{ fcp: number; ttfb: number }> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // The paint entry may come after 'load' on a small page: wait for it, buffered.
  return page.evaluate(
    () =>
      new Promise<{ fcp: number; ttfb: number }>((resolve) => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const done = (fcp: number): void => resolve({ fcp, ttfb: navigation?.responseStart ?? NaN });
        new PerformanceObserver((list) => {
          const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
          if (paint) done(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => done(NaN), 3000);
      }),
  );
}

/** A server of the bench: started by `start`, stopped by killing its process. */
export interface Started {
  child: ChildProcess;
  base: string;
}

/** Paints of one page, sorted: cold (a fresh server per load, cache off) and warm (the cached server, after one load). */
export interface PagePaints {
  path: string;
  cold: number[];
  warm: number[];
}

const median = (sorted: readonly number[]): number => sorted[Math.floor(sorted.length / 2)] ?? NaN;

/** Measures each path `loads` times cold and warm. */
export async function pagePaints(paths: readonly string[], loads: number, start: () => Promise<Started>, warmBase: string): Promise<PagePaints[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const results: PagePaints[] = [];
  try {
    for (const path of paths) {
      const cold: number[] = [];
      for (let i = 0; i < loads; i++) {
        const server = await start();
        try {
          // A new browser context: no stylesheet cached either.
          const context = await browser.newContext();
          cold.push((await paintOf(await context.newPage(), `${server.base}${path}`)).fcp);
          await context.close();
        } finally {
          server.child.kill('SIGTERM');
        }
      }
      const page = await browser.newPage();
      await page.goto(`${warmBase}${path}`, { timeout: 60_000 });
      const warm: number[] = [];
      for (let i = 0; i < loads; i++) warm.push((await paintOf(page, `${warmBase}${path}`)).fcp);
      await page.close();
      results.push({ path, cold: cold.sort((a, b) => a - b), warm: warm.sort((a, b) => a - b) });
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** One line per page: the median and the slowest of its cold and warm loads. */
export function paintLines(results: readonly PagePaints[]): string[] {
  return results.map(
    (r) => `${r.path}: first contentful paint cold median ${median(r.cold).toFixed(0)} ms (max ${(r.cold.at(-1) ?? NaN).toFixed(0)}), warm median ${median(r.warm).toFixed(0)} ms (max ${(r.warm.at(-1) ?? NaN).toFixed(0)}); ${r.cold.length} loads each`,
  );
}
