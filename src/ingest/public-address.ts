/**
 * Whether a host may be fetched for a link found in remote content: every address its name resolves
 * to must be public. A feed from the web could otherwise make onrecord read this machine's or its
 * network's services (`http://127.0.0.1:8080/api/stats`, a cloud metadata address) and store the
 * answer as an article. The addresses are checked after resolution, since a public-looking name may
 * resolve to a private address.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Not reachable on the public internet: IANA's special-purpose registries (RFC 6890 and successors).
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

// The IPv4 address an IPv6 one carries (mapped ::ffff:a.b.c.d, or NAT64 64:ff9b::a.b.c.d), if any.
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!match) return undefined;
  if (match[1] !== undefined) return match[1];
  const high = parseInt(match[2] ?? '0', 16);
  const low = parseInt(match[3] ?? '0', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True when `address` (an IP address) is loopback, link-local, private or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return NOT_PUBLIC.check(address, 'ipv4');
  if (version !== 6) return true;
  const inner = embeddedIpv4(address);
  if (inner !== undefined) return NOT_PUBLIC.check(inner, 'ipv4');
  return NOT_PUBLIC.check(address, 'ipv6');
}

/** How names are resolved (every address of the name); replaceable in tests. */
export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * The first address of `url`'s host that is not public, or undefined when all are. A name that does
 * not resolve is left to the fetch, which reports it.
 */
export async function privateAddressOf(url: string, resolve: Resolver = systemResolver): Promise<string | undefined> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) === 0 ? await resolve(host) : [host];
  } catch {
    return undefined;
  }
  return addresses.find(isPrivateAddress);
}
