/**
 * A server for a test on a free loopback port, and its stop: the set-up the server's tests and the
 * end-to-end tests each wrote again (listen on port 0, read the port back, close every connection).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../../store/store.js';
import { listen, type ListenOptions } from '../server.js';

/** A listening test server, the store it serves, and its base URL. */
export interface TestServer {
  server: Server;
  store: Store;
  port: number;
  base: string;
}

/** Serves `options.store` on 127.0.0.1 at a free port, logging nowhere unless `log` is given. */
export async function listenForTest(options: Omit<ListenOptions, 'port' | 'host'>): Promise<TestServer> {
  const server = await listen({ log: () => undefined, ...options, port: 0, host: '127.0.0.1' });
  const port = (server.address() as AddressInfo).port;
  return { server, store: options.store, port, base: `http://127.0.0.1:${port}` };
}

/** Closes the server (its open connections too, so that keep-alive ones do not hold it) and its store. */
export async function stopTestServer(running: Pick<TestServer, 'server' | 'store'>): Promise<void> {
  running.server.closeAllConnections();
  await new Promise((resolve) => running.server.close(resolve));
  await running.store.close();
}
