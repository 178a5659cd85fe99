/** The server: one handler for the API and the web UI over a Store, and a listener on loopback by default. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ArticleInput, ArticleRecord } from '../doc/record.js';
import { StoreError, type Store } from '../store/store.js';
import { apiRoutes } from './api.js';
import { DEFAULT_CACHE_BYTES, isKept, matchesEtag, ReplyCache, type KeptReply } from './cache.js';
import { createExtractPool, EXTRACT_POOL_DEFAULTS, type ExtractPoolOptions } from './extract-pool.js';
import { allowedHosts, checkHost, checkOrigin } from './guard.js';
import { ClientGone, HttpError, html, json, Router, send, type Reply } from './http.js';
import { defaultMaxConnections } from './limits.js';
import { rateLimited } from './log.js';
import { createTurns } from './turns.js';
import { webRoutes } from './web/routes.js';
import { errorPage } from './web/pages/error.js';

/** How to serve. */
export interface ServeOptions {
  store: Store;
  /** Unlocks `POST /api/articles` when set. */
  token?: string;
  /** The largest request body in bytes (default 1 MB, what an extraction worker takes). */
  maxBody?: number;
  /** Where unexpected errors are reported (default: stderr). */
  log?: (message: string) => void;
  /** Bytes of replies to GET requests kept until the store changes (default 64 MB; 0 keeps none). */
  cacheBytes?: number;
  /** The hosts a request's Host header may name; any when absent (`listen` sets them from its address). */
  hosts?: ReadonlySet<string>;
  /** Extracts a posted article off the event loop (default: a pool of worker threads, EXTRACT_POOL_DEFAULTS). */
  extract?: (input: ArticleInput) => Promise<ArticleRecord>;
}

/** The default request body limit: 1 MB, as many characters at most as an extraction worker analyses. */
export const DEFAULT_MAX_BODY = EXTRACT_POOL_DEFAULTS.maxChars;

function failureReply(error: unknown, api: boolean, log: (message: string) => void): Reply {
  let status = 500;
  let message = 'internal error';
  let headers: Record<string, string> | undefined;
  if (error instanceof HttpError) ({ status, message, headers } = error);
  else if (error instanceof StoreError) {
    status = 503;
    message = 'the database is unavailable';
    log(`onrecord serve: ${error.message}`);
  } else log(`onrecord serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const reply = api ? json({ error: message, status }, status) : html(errorPage(status, message), status);
  return headers === undefined ? reply : { ...reply, headers: { ...reply.headers, ...headers } };
}

/** The request handler: routes to the API or the UI, and turns every failure into a reply. */
export function createHandler(options: ServeOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  // A client that goes away is the client's business: one line now and then, not a trace per request.
  const note = rateLimited(log);
  const extract = options.extract ?? createExtractPool().extract;
  const router = new Router();
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  apiRoutes(router, { store: options.store, maxBody, extract, ...(options.token !== undefined && { token: options.token }) });
  webRoutes(router, { store: options.store, maxBody, extract });
  const cacheBytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
  const cache = cacheBytes > 0 ? new ReplyCache(cacheBytes) : null;
  const turns = createTurns();
  // Sockets that have sent a request: a request on any other is its connection's first.
  const known = new WeakSet<object>();
  // Resolves once the reply is sent (or given up): the turns count a request's work until then.
  const serve = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const api = url.pathname.startsWith('/api/');
    const method = req.method ?? 'GET';
    const route = (): Promise<Reply> | Reply => {
      const { handler, params } = router.find(method, url.pathname);
      return handler({ req, url, params });
    };
    // Called, not chained: the route's synchronous work (a SQLite query) is done within this request's turn.
    return (async (): Promise<Reply> => {
      if (options.hosts !== undefined) checkHost(req, options.hosts);
      checkOrigin(req);
      // Every GET route answers from the URL and the store alone: its reply is kept until the store changes.
      if (cache === null || (method !== 'GET' && method !== 'HEAD')) return route();
      const key = `${url.pathname}${url.search}`;
      const version = await options.store.dataVersion();
      const reply: KeptReply | Reply = cache.get(key, version) ?? (await cache.reply(key, version, route));
      if (!isKept(reply) || !matchesEtag(req.headers['if-none-match'], reply.etag)) return reply;
      return { status: 304, type: reply.type, body: '', headers: { ETag: reply.etag, 'Cache-Control': reply.headers['Cache-Control'] ?? 'no-cache' } };
    })()
      .catch((error: unknown): Reply | null => {
        if (!(error instanceof ClientGone)) return failureReply(error, api, log);
        note('gone', `onrecord serve: a client closed its connection before sending the whole request (${method} ${url.pathname})`);
        return null;
      })
      .then((reply) => {
        if (reply === null || res.destroyed) return;
        // A body not read (an early refusal) must not be left in the connection.
        const hasBody = (req.headers['content-length'] ?? '0') !== '0' || req.headers['transfer-encoding'] !== undefined;
        if (hasBody && !req.readableEnded && reply.status !== undefined && reply.status >= 400) reply = { ...reply, headers: { ...reply.headers, Connection: 'close' } };
        send(req, res, reply);
      })
      .catch((error: unknown) => {
        note('send', `onrecord serve: a reply could not be sent: ${error instanceof Error ? error.message : String(error)}`);
        res.destroy();
      });
  };
  return (req, res) => {
    const fresh = !known.has(req.socket);
    known.add(req.socket);
    turns(() => {
      // A client that went away while its request waited for its turn is not answered.
      if (req.socket.destroyed) return;
      try {
        return serve(req, res);
      } catch (error) {
        log(`onrecord serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        res.destroy();
        return;
      }
    }, fresh);
  };
}

/** Where to listen, and the limits that keep one client from holding the server. */
export interface ListenOptions extends ServeOptions {
  port: number;
  host: string;
  /** More names the Host header may give besides the bound address (`*`: any). */
  allowHosts?: readonly string[];
  /** Connections held at once (default: below the open-file limit); more are closed as they come. */
  maxConnections?: number;
  /** How extraction runs off the event loop (workers, queue, time limit). */
  extractPool?: Partial<ExtractPoolOptions>;
}

/** Starts listening; resolves to the server once it is bound (port 0 picks a free port). */
export async function listen(options: ListenOptions): Promise<Server> {
  // A worker analyses as many characters as the body limit lets in: nothing accepted is cut short.
  const maxChars = options.maxBody ?? EXTRACT_POOL_DEFAULTS.maxChars;
  const pool = options.extract === undefined ? createExtractPool({ ...EXTRACT_POOL_DEFAULTS, maxChars, ...options.extractPool }) : undefined;
  const hosts = options.hosts ?? allowedHosts(options.host, options.allowHosts);
  const handler = createHandler({ ...options, hosts, ...(pool !== undefined && { extract: pool.extract }) });
  const server = createServer({ keepAliveTimeout: 5000, requestTimeout: 30_000 }, handler);
  server.maxConnections = options.maxConnections ?? defaultMaxConnections();
  server.on('close', () => void pool?.close());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
