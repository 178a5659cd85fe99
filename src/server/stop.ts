/** Stopping a server without cutting the requests it is answering. */
import type { Server } from 'node:http';

/** How long a stopping server waits for the requests under way before it cuts their connections. */
export const STOP_GRACE_MS = 2000;
const IDLE_CHECK_MS = 20;

/**
 * Stops accepting, closes the idle connections at once and lets the requests under way be answered
 * (their handlers may still be reading the store, which must not be closed under them); a connection
 * still open after `graceMs` (a client holding it) is cut. Resolves once every connection is closed.
 */
export function stopServer(server: Server, graceMs = STOP_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    // A keep-alive connection whose request is answered turns idle and would stay open until its
    // client's timeout: closed as it turns idle (Node closes only those idle at close()).
    const idle = setInterval(() => server.closeIdleConnections(), IDLE_CHECK_MS);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
