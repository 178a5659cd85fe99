import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedHosts, checkHost, checkOrigin } from './guard.js';
import { HttpError } from './http.js';

function request(headers: Record<string, string>, method = 'GET'): IncomingMessage {
  return { headers, method } as unknown as IncomingMessage;
}

function status(check: () => void): number {
  try {
    check();
    return 200;
  } catch (error) {
    return error instanceof HttpError ? error.status : 500;
  }
}

describe('allowedHosts and checkHost (DNS rebinding)', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1:8080', 200, 'the bound address'],
    ['127.0.0.1', 'localhost:8080', 200, 'localhost for loopback'],
    ['127.0.0.1', '[::1]:8080', 200, 'IPv6 loopback in brackets'],
    ['127.0.0.1', 'LOCALHOST.', 200, 'case and a trailing dot'],
    ['127.0.0.1', 'evil.example.com', 421, 'a rebound name'],
    ['127.0.0.1', 'evil.example.com:8080', 421, 'a rebound name with the port'],
    ['127.0.0.1', '127.0.0.1.evil.example.com', 421, 'a name that begins like the address'],
    ['10.1.2.3', '10.1.2.3:80', 200, 'a bound LAN address'],
    ['10.1.2.3', 'localhost', 421, 'localhost is not a LAN address'],
    ['0.0.0.0', 'localhost:8080', 200, 'every interface includes loopback'],
    ['0.0.0.0', 'evil.example.com', 421, 'every interface is not every name'],
  ])('bound to %s, Host %s → %i (%s)', (bound, host, expected) => {
    expect(status(() => checkHost(request({ host }), allowedHosts(bound)))).toBe(expected);
  });

  it('names given are allowed, without their port; * allows any', () => {
    expect(status(() => checkHost(request({ host: 'records.example.org' }), allowedHosts('127.0.0.1', ['Records.example.org:443'])))).toBe(200);
    expect(status(() => checkHost(request({ host: 'anything.example' }), allowedHosts('127.0.0.1', ['*'])))).toBe(200);
  });

  it('a request without a Host (HTTP/1.0) is served', () => {
    expect(status(() => checkHost(request({}), allowedHosts('127.0.0.1')))).toBe(200);
  });
});

describe('checkOrigin (cross-origin posts)', () => {
  it.each([
    ['POST', { host: 'localhost:8080', origin: 'http://evil.example.com' }, 403, 'another origin'],
    ['POST', { host: 'localhost:8080', origin: 'http://localhost:9999' }, 403, 'another port is another origin'],
    ['POST', { host: 'localhost:8080', origin: 'null' }, 403, 'an opaque origin'],
    ['POST', { host: 'localhost:8080', 'sec-fetch-site': 'cross-site' }, 403, 'cross-site by fetch metadata'],
    ['POST', { host: 'localhost:8080', origin: 'http://localhost:8080' }, 200, 'the same origin'],
    ['POST', { host: 'localhost:8080', origin: 'null', 'sec-fetch-site': 'same-origin' }, 200, 'our own form under a no-referrer policy'],
    ['POST', { host: 'localhost:8080', origin: 'http://localhost:8080', 'sec-fetch-site': 'same-site' }, 403, 'a sibling site by fetch metadata'],
    ['POST', { host: 'localhost:8080' }, 200, 'no page at all (curl)'],
    ['GET', { host: 'localhost:8080', origin: 'http://evil.example.com' }, 200, 'a GET changes nothing'],
  ])('%s with %o → %i (%s)', (method, headers, expected) => {
    expect(status(() => checkOrigin(request(headers, method)))).toBe(expected);
  });
});
