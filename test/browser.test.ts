/**
 * The web UI in real headless Chromium (Debian's, through playwright-core): every page loads without
 * errors or Content-Security-Policy violations, a reader clicks from an article to its speaker to the
 * network, and hostile text stays text. Screenshots go to test-output/screenshots/ (git-ignored).
 * Skips with a message when /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../src/server/server.js';
import { FIXTURES, HARBOUR, HOSTILE, stored } from '../src/server/testing/fixtures.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'screenshots');
const present = existsSync(CHROMIUM);
if (!present) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);

/** Chromium as the project runs it: headless, no sandbox (CI runs as root), no network of its own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

describe.skipIf(!present)('web UI in Chromium', () => {
  let server: Server;
  let store: Store;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    store = openStore(':memory:');
    await store.put(FIXTURES.map(stored));
    server = await listen({ store, port: 0, host: '127.0.0.1', log: (m) => problems.push(m) });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await store?.close();
  });

  // A page that records console errors (CSP violations are reported there), page errors and dialogs.
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(`${base}${path}`);
    expect([path, response?.status()]).toEqual([path, 200]);
    return { page, errors };
  }

  it('loads every page without errors and saves a screenshot of each', async () => {
    const pages: Array<[string, string]> = [
      ['search', '/?q=ferry'],
      ['articles', '/articles'],
      ['article', `/articles/${encodeURIComponent(stored(HARBOUR).key)}`],
      ['actor', `/actors/${encodeURIComponent('kb:Q1001')}`],
      ['network', '/network'],
      ['extract', '/extract'],
    ];
    for (const [name, path] of pages) {
      const { page, errors } = await open(path);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      expect([name, errors]).toEqual([name, []]);
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('goes from an article to a speaker to the network', async () => {
    const { page, errors } = await open('/articles');
    await page.getByRole('link', { name: 'Ministers meet over the harbour' }).click();
    await page.waitForURL(/\/articles\//);
    const quotes = page.locator('.article-text a.q');
    expect(await quotes.count()).toBe(2);
    expect(await quotes.first().textContent()).toBe('"The ferry will sail,"');
    expect(await page.locator('.article-text mark.event').allTextContents()).toEqual(['met', 'accused']);
    // The highlight has the speaker's colour, drawn from the stylesheet.
    const colour = await quotes.first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: join(SHOTS, 'flow-1-article.png'), fullPage: true });

    await quotes.first().click();
    await page.waitForURL(/\/actors\/kb%3AQ1001$/);
    expect(await page.locator('h1').textContent()).toBe('Anna Berg');
    expect(await page.locator('ul.roles li').first().textContent()).toMatch(/^Minister/);
    expect(await page.locator('svg.timeline rect').count()).toBe(3);
    expect(await page.locator('ol.quotes blockquote').allTextContents()).toEqual(['"We will wait,"', '"The ferry will sail,"']);
    await page.screenshot({ path: join(SHOTS, 'flow-2-speaker.png'), fullPage: true });

    await page.locator('#network-link').click();
    await page.waitForURL(/\/network\?actor=/);
    const svg = page.locator('svg#network');
    // Acts that happened by default; the negated one is a click away, drawn dashed.
    const happened = await svg.locator('path.edge').count();
    await page.locator('#flags-link').click();
    await page.waitForURL(/flags=all/);
    await expect.poll(() => svg.getAttribute('data-nodes')).toBe('2');
    expect(await svg.locator('path.edge.coop').count()).toBe(2);
    expect(await svg.locator('path.edge.conflict').count()).toBe(1);
    expect(await svg.locator('path.edge.other').count()).toBe(1);
    expect(happened).toBe(2);
    expect(await svg.locator('path.edge.other').evaluate((element) => getComputedStyle(element).strokeDasharray)).not.toBe('none');
    const coop = await svg.locator('path.edge.coop').first().evaluate((element) => getComputedStyle(element).stroke);
    const conflict = await svg.locator('path.edge.conflict').first().evaluate((element) => getComputedStyle(element).stroke);
    expect(coop).not.toBe(conflict);
    expect(await svg.locator('a.node text').allTextContents()).toEqual(expect.arrayContaining(['Anna Berg', 'Jan Vos']));
    await page.screenshot({ path: join(SHOTS, 'flow-3-network.png'), fullPage: true });

    // A node leads to that actor's page; the category filter keeps only its edges.
    await svg.locator('a.node', { hasText: 'Jan Vos' }).click();
    await page.waitForURL(/\/actors\/kb%3AQ1002$/);
    expect(await page.locator('h1').textContent()).toBe('Jan Vos');
    await page.goto(`${base}/network`);
    await page.selectOption('select[name="code"]', 'ACCUSE');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/code=ACCUSE/);
    await expect.poll(() => page.locator('svg#network').getAttribute('data-edges')).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps markup in articles and names as text, and runs none of it', async () => {
    const { page, errors } = await open(`/articles/${encodeURIComponent(stored(HOSTILE).key)}`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE.title);
    expect(await page.locator('.article-text').textContent()).toBe(HOSTILE.text);
    expect(await page.locator('.article-text img, .article-text script, .article-text i').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'hostile-article.png'), fullPage: true });
    const network = await open('/network?flags=all');
    await expect.poll(() => network.page.locator('svg#network').getAttribute('data-nodes')).not.toBeNull();
    expect(await network.page.locator('svg#network a.node text').allTextContents()).toContain('"Eve" <i>Stone</i>');
    expect([...errors, ...network.errors]).toEqual([]);
    await page.close();
    await network.page.close();
  });

  it('extracts a pasted article at once', async () => {
    const { page, errors } = await open('/extract');
    await page.fill('textarea[name="text"]', '"We will reopen the port," harbour master Ola Dahl said on Friday.\n\nThe council said the repairs were finished.');
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.waitForSelector('#result');
    expect(await page.locator('.article-text .q').first().textContent()).toBe('"We will reopen the port,"');
    expect(await page.locator('ul.legend li').first().textContent()).toMatch(/Ola Dahl/);
    expect(await page.locator('textarea[name="text"]').inputValue()).toMatch(/^"We will reopen/);
    await page.screenshot({ path: join(SHOTS, 'extract.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
