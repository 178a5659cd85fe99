/**
 * The little HTTP layer the server needs on node:http: one error type, a router of method and path
 * patterns, body reading with a limit, and replies with the security headers every response carries.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A failure to report to the client with this status and message (the only error a handler throws on purpose). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    /** Headers the reply carries (`Retry-After` with a 503). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** The client closed its connection before its request was read: there is no one to answer. */
export class ClientGone extends Error {
  override name = 'ClientGone';
}

/** What a handler is given: the request, its parsed URL and the path's named parts. */
export interface Context {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
}

/** What a handler returns: a status, a content type and a body. */
export interface Reply {
  status?: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** A route's handler. */
export type Handler = (c: Context) => Promise<Reply> | Reply;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

/** Routes by method and path; `:name` matches one path segment, decoded. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  /** The handler and path parameters for a request; throws 404 or 405 when there is none. */
  find(method: string, pathname: string): { handler: Handler; params: Record<string, string> } {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        try {
          params[name] = decodeURIComponent(match[i + 1] ?? '');
        } catch {
          throw new HttpError(400, `bad percent-encoding in the path: ${pathname}`);
        }
      });
      return { handler: route.handler, params };
    }
    throw pathMatched ? new HttpError(405, `${method} is not allowed on ${pathname}`) : new HttpError(404, `nothing at ${pathname}`);
  }
}

/** Reads a request body as text, up to `limit` bytes; a longer one is refused with 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit) throw new HttpError(413, `the body is larger than ${limit} bytes`);
      chunks.push(buffer);
    }
  } catch (error) {
    // The only other way reading a request fails: its connection closed ('aborted', ECONNRESET).
    if (error instanceof HttpError) throw error;
    throw new ClientGone(error instanceof Error ? error.message : String(error));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The policy every page lives under: scripts and styles only from our own files, nothing inline. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers sent with every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // No referrer leaves for other sites; within this one the browser sends its origin with a form's post,
  // where no-referrer would send "Origin: null" and the post could not be told from a foreign one.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Writes a reply with the security headers. */
export function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  if (reply.status === 304) {
    // Not Modified has no body: no length or type to describe.
    res.writeHead(304, { ...SECURITY_HEADERS, ...reply.headers });
    res.end();
    return;
  }
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status ?? 200, {
    ...SECURITY_HEADERS,
    'Content-Type': reply.type,
    'Content-Length': String(body.length),
    ...reply.headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A JSON reply. */
export function json(value: unknown, status = 200): Reply {
  return { status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

/** An HTML reply. */
export function html(body: string, status = 200): Reply {
  return { status, type: 'text/html; charset=utf-8', body };
}
