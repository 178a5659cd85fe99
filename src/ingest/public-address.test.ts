import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateAddressOf, type Resolver } from './public-address.js';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true, 'IPv4 loopback'],
    ['127.8.9.10', true, 'all of 127/8'],
    ['10.1.2.3', true, 'private 10/8'],
    ['172.20.0.1', true, 'private 172.16/12'],
    ['192.168.1.1', true, 'private 192.168/16'],
    ['169.254.169.254', true, 'link-local: cloud metadata'],
    ['100.64.0.1', true, 'carrier-grade NAT'],
    ['0.0.0.0', true, 'unspecified'],
    ['224.0.0.1', true, 'multicast'],
    ['::1', true, 'IPv6 loopback'],
    ['::', true, 'IPv6 unspecified'],
    ['fe80::1', true, 'IPv6 link-local'],
    ['fd12:3456::1', true, 'IPv6 unique local'],
    ['::ffff:127.0.0.1', true, 'IPv4-mapped loopback, dotted'],
    ['::ffff:7f00:1', true, 'IPv4-mapped loopback, in hex'],
    ['64:ff9b::a00:1', true, 'NAT64 of 10.0.0.1'],
    ['not an address', true, 'not an address at all'],
    ['93.184.216.34', false, 'a public IPv4 address'],
    ['172.32.0.1', false, 'just past 172.16/12'],
    ['2606:4700::1111', false, 'a public IPv6 address'],
    ['::ffff:93.184.216.34', false, 'IPv4-mapped public address'],
  ])('%s → %s (%s)', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('privateAddressOf', () => {
  const names: Record<string, string[]> = { 'news.example': ['93.184.216.34'], 'rebind.example': ['93.184.216.34', '10.0.0.7'], 'inside.example': ['192.168.0.5'] };
  const resolve: Resolver = (host) => {
    const found = names[host];
    return found === undefined ? Promise.reject(new Error('ENOTFOUND')) : Promise.resolve(found);
  };

  it('checks the addresses a name resolves to, not the name: any private one refuses it', async () => {
    expect(await privateAddressOf('http://news.example/a', resolve)).toBeUndefined();
    expect(await privateAddressOf('http://inside.example/a', resolve)).toBe('192.168.0.5');
    expect(await privateAddressOf('https://rebind.example/a', resolve)).toBe('10.0.0.7');
  });

  it('checks address literals without resolving them, IPv6 in brackets included', async () => {
    expect(await privateAddressOf('http://127.0.0.1:8080/api/stats', resolve)).toBe('127.0.0.1');
    expect(await privateAddressOf('http://[::1]:8080/', resolve)).toBe('::1');
    expect(await privateAddressOf('http://[::ffff:169.254.169.254]/', resolve)).toBe('::ffff:a9fe:a9fe');
  });

  it('leaves a name that does not resolve to the fetch, which reports it', async () => {
    expect(await privateAddressOf('http://nowhere.example/', resolve)).toBeUndefined();
  });
});
