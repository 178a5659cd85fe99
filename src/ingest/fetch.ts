/** Fetches a URL with Node's fetch: a time limit, onrecord's user agent, HTTP errors as exceptions. */
import { USER_AGENT } from '../version.js';
import { privateAddressOf } from './public-address.js';
import type { StreamFormat } from './sniff.js';

/** How to fetch. */
export interface FetchOptions {
  /** The whole request, body included, must finish within this many milliseconds. Default 30 s. */
  timeoutMs?: number;
  /**
   * Refuse a URL, or a redirect, whose host resolves to a loopback, link-local or private address:
   * for links found in remote content, which must not reach this machine's or its network's services.
   */
  publicOnly?: boolean;
}

/** Redirects followed when each one is checked (`publicOnly`); browsers stop at about 20. */
export const MAX_REDIRECTS = 10;

/** A response that came back with a success status. */
export interface Fetched {
  /** The URL after redirects. */
  url: string;
  /** The format the Content-Type names, when it names one clearly. */
  format: StreamFormat | undefined;
  body: AsyncIterable<Uint8Array>;
}

/** The default time limit of one request. */
export const FETCH_TIMEOUT_MS = 30_000;

function formatOf(contentType: string | null): StreamFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type.includes('rss') || type.includes('atom')) return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type === 'text/plain') return 'txt';
  // XML and JSON may hold several formats: the content tells.
  return undefined;
}

function reason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/** A failed fetch, with a message that says what went wrong (status, time-out, refused connection). */
export class FetchError extends Error {
  override name = 'FetchError';
}

async function* guarded(body: AsyncIterable<Uint8Array>, timeoutMs: number): AsyncGenerator<Uint8Array> {
  try {
    yield* body;
  } catch (error) {
    throw new FetchError(reason(error, timeoutMs));
  }
}

// Follows redirects one at a time, refusing any hop whose host is not public.
async function fetchPublic(url: string, init: RequestInit): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const address = await privateAddressOf(current);
    if (address !== undefined) {
      throw new FetchError(`${hop === 0 ? 'the link' : `the link's redirect to ${current}`} points at a private address (${address}); it is followed only with --allow-private-links`);
    }
    const response = await fetch(current, { ...init, redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return response;
    await response.body?.cancel();
    current = new URL(location, current).href;
    if (!/^https?:\/\//i.test(current)) throw new FetchError(`the link redirects to ${current}: only http and https URLs can be read`);
  }
  throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
}

/** Fetches `url` (http or https); throws a FetchError for any other scheme, a network failure, a time-out or an HTTP error. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  if (!/^https?:\/\//i.test(url)) throw new FetchError(`only http and https URLs can be read`);
  let response: Response;
  try {
    const init: RequestInit = { headers: { 'user-agent': USER_AGENT, accept: '*/*' }, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) };
    response = options.publicOnly === true ? await fetchPublic(url, init) : await fetch(url, init);
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(reason(error, timeoutMs));
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const body = response.body ?? (async function* () {})();
  return { url: response.url || url, format: formatOf(response.headers.get('content-type')), body: guarded(body as AsyncIterable<Uint8Array>, timeoutMs) };
}
