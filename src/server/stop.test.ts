/** Stopping a server: the requests under way are answered, idle and held connections closed. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { stopServer } from './stop.js';

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('stopServer', () => {
  it('answers a request under way when the server stops (its handler still reading the store, which closed under it: "Cannot use a pool after calling end")', async () => {
    let arrived: () => void = () => undefined;
    const inHandler = new Promise<void>((resolve) => (arrived = resolve));
    let finish: () => void = () => undefined;
    const server: Server = createServer((_req, res) => {
      arrived();
      finish = () => res.end('answered');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const reply = get((server.address() as AddressInfo).port);
    await inHandler;
    let stopped = false;
    const stopping = stopServer(server, 10_000).then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    finish();
    expect(await reply).toEqual({ status: 200, body: 'answered' });
    await stopping;
  });

  it('cuts a connection whose request is not answered within the grace period', async () => {
    const server: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const reply = get((server.address() as AddressInfo).port).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await stopServer(server, 20);
    expect(await reply).toBeInstanceOf(Error);
  });
});
