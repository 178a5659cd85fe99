/**
 * Who may talk to the server. A web page elsewhere can make a browser send requests here: with DNS
 * rebinding its own name (`evil.example.com`) comes to point at this server, and a cross-origin form
 * can post here without asking. So the `Host` a request names must be one this server answers to (the
 * address it is bound to, or a name it was given), and a request that changes something must come
 * from a page of the same origin, or from no page at all (curl, scripts).
 */
import { hostname as machineName, networkInterfaces } from 'node:os';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { HttpError } from './http.js';

// A Host header or a name without its port and brackets, lower case: `[::1]:8080` → `::1`.
function bareHost(host: string): string {
  const lower = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d*)?$/.exec(lower);
  if (bracketed) return bracketed[1] ?? '';
  return isIP(lower) === 6 ? lower : lower.replace(/:\d*$/, '').replace(/\.$/, '');
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/**
 * The names a server bound to `bound` answers to: the address itself; for loopback, `localhost` and
 * the loopback addresses; for every interface (0.0.0.0, ::), every address of the machine and its name;
 * and the names given (`*` allows any name, for a server behind a proxy that checks them).
 */
export function allowedHosts(bound: string, given: readonly string[] = []): Set<string> {
  const names = new Set([bareHost(bound), ...given.map(bareHost)]);
  const host = bareHost(bound);
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  if (loopback || host === '0.0.0.0' || host === '::') for (const name of LOOPBACK_NAMES) names.add(name);
  if (host === '0.0.0.0' || host === '::') {
    names.add(machineName().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) names.add(bareHost(entry.address.replace(/%.*$/, '')));
  }
  return names;
}

/** Refuses (421) a request whose Host header names a host this server does not answer to. */
export function checkHost(req: IncomingMessage, allowed: ReadonlySet<string>): void {
  const header = req.headers.host;
  // HTTP/1.0 clients may send none; browsers always send one, and that is what rebinding abuses.
  if (header === undefined || allowed.has('*')) return;
  const host = bareHost(header);
  if (!allowed.has(host)) {
    throw new HttpError(421, `this server does not answer to the host "${host}" (start it with --allow-host ${host} if that name is meant to reach it)`);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses (403) a request that changes or computes something when a browser says it comes from a page
 * of another origin (`Sec-Fetch-Site` is not same-origin, or else its `Origin` is not this Host): a text/plain
 * or form post needs no preflight, so a page anywhere could otherwise post here.
 */
export function checkOrigin(req: IncomingMessage): void {
  if (SAFE_METHODS.has(req.method ?? 'GET')) return;
  // Set by the browser itself, and no page can forge it: it decides where it is sent.
  const site = req.headers['sec-fetch-site'];
  if (site === 'same-origin' || site === 'none') return;
  if (site !== undefined) throw new HttpError(403, 'requests from pages of other sites are refused');
  // An older browser: the Origin it sends. A page that hides its origin ("null") is refused.
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let from: string;
  try {
    from = new URL(origin).host.toLowerCase();
  } catch {
    throw new HttpError(403, `requests from the origin "${origin}" are refused`);
  }
  if (from !== (req.headers.host ?? '').toLowerCase()) throw new HttpError(403, `requests from the origin "${origin}" are refused: post from this server's own pages, or without an Origin`);
}
