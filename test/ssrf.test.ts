/**
 * Fault injection, item 10 of issue 17: a remote feed whose link-only items point at this machine.
 * End to end through `onrecord extract`, as a feed from the web would be read.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onrecord } from './run-bin.js';

let server: Server;
let base = '';
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? '');
    if (request.url === '/feed') {
      const feed = `<rss version="2.0"><channel><title>Wire</title><item><title>Inside</title><link>${base}/internal</link></item></channel></rss>`;
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    } else response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>"Secret numbers," the internal service said.</p></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('links in remote content', () => {
  it('a feed item linking to a loopback address is not fetched: read-failed, exit 1, and the service is never asked', async () => {
    asked.length = 0;
    const run = await onrecord(['extract', '--to', 'jsonl', '--workers', '0', `${base}/feed`]);
    expect(run.code).toBe(1);
    expect(asked).toEqual(['/feed']);
    const record = JSON.parse(run.stdout.trim()) as { text: string; messages: Array<{ code: string; message: string }> };
    expect(record.text).toBe('');
    expect(record.messages[0]?.code).toBe('read-failed');
    expect(run.stderr).toMatch(/private address \(127\.0\.0\.1\)/);
  });

  it('--allow-private-links follows it', async () => {
    asked.length = 0;
    const run = await onrecord(['extract', '--to', 'jsonl', '--workers', '0', '--allow-private-links', `${base}/feed`]);
    expect(run.code).toBe(0);
    expect(asked).toEqual(['/feed', '/internal']);
    expect((JSON.parse(run.stdout.trim()) as { text: string }).text).toContain('Secret numbers');
  });
});
