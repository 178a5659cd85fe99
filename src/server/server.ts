/** The server: one handler for the API and the web UI over a Store, and a listener on loopback by default. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { StoreError, type Store } from '../store/store.js';
import { apiRoutes } from './api.js';
import { DEFAULT_CACHE_BYTES, isKept, matchesEtag, ReplyCache, type KeptReply } from './cache.js';
import { HttpError, html, json, Router, send, type Reply } from './http.js';
import { webRoutes } from './web/routes.js';
import { errorPage } from './web/pages/error.js';

/** How to serve. */
export interface ServeOptions {
  store: Store;
  /** Unlocks `POST /api/articles` when set. */
  token?: string;
  /** The largest request body in bytes (default 1 MB). */
  maxBody?: number;
  /** Where unexpected errors are reported (default: stderr). */
  log?: (message: string) => void;
  /** Bytes of replies to GET requests kept until the store changes (default 64 MB; 0 keeps none). */
  cacheBytes?: number;
}

/** The default request body limit: 1 MB. */
export const DEFAULT_MAX_BODY = 1024 * 1024;

function failureReply(error: unknown, api: boolean, log: (message: string) => void): Reply {
  let status = 500;
  let message = 'internal error';
  if (error instanceof HttpError) ({ status, message } = error);
  else if (error instanceof StoreError) {
    status = 503;
    message = 'the database is unavailable';
    log(`onrecord serve: ${error.message}`);
  } else log(`onrecord serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return api ? json({ error: message, status }, status) : html(errorPage(status, message), status);
}

/** The request handler: routes to the API or the UI, and turns every failure into a reply. */
export function createHandler(options: ServeOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const router = new Router();
  apiRoutes(router, { store: options.store, maxBody: options.maxBody ?? DEFAULT_MAX_BODY, ...(options.token !== undefined && { token: options.token }) });
  webRoutes(router, { store: options.store, maxBody: options.maxBody ?? DEFAULT_MAX_BODY });
  const cacheBytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
  const cache = cacheBytes > 0 ? new ReplyCache(cacheBytes) : null;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const api = url.pathname.startsWith('/api/');
    const method = req.method ?? 'GET';
    const route = (): Promise<Reply> | Reply => {
      const { handler, params } = router.find(method, url.pathname);
      return handler({ req, url, params });
    };
    Promise.resolve()
      .then(async (): Promise<Reply> => {
        // Every GET route answers from the URL and the store alone: its reply is kept until the store changes.
        if (cache === null || (method !== 'GET' && method !== 'HEAD')) return route();
        const key = `${url.pathname}${url.search}`;
        const version = await options.store.dataVersion();
        const reply: KeptReply | Reply = cache.get(key, version) ?? (await cache.reply(key, version, route));
        if (!isKept(reply) || !matchesEtag(req.headers['if-none-match'], reply.etag)) return reply;
        return { status: 304, type: reply.type, body: '', headers: { ETag: reply.etag, 'Cache-Control': reply.headers['Cache-Control'] ?? 'no-cache' } };
      })
      .catch((error: unknown) => failureReply(error, api, log))
      .then((reply) => {
        // A body not read (an early refusal) must not be left in the connection.
        const hasBody = (req.headers['content-length'] ?? '0') !== '0' || req.headers['transfer-encoding'] !== undefined;
        if (hasBody && !req.readableEnded && reply.status !== undefined && reply.status >= 400) reply = { ...reply, headers: { ...reply.headers, Connection: 'close' } };
        send(req, res, reply);
      })
      .catch((error: unknown) => {
        log(`onrecord serve: ${String(error)}`);
        res.destroy();
      });
  };
}

/** Starts listening; resolves to the server once it is bound (port 0 picks a free port). */
export async function listen(options: ServeOptions & { port: number; host: string }): Promise<Server> {
  const server = createServer({ keepAliveTimeout: 5000, requestTimeout: 30_000 }, createHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
