import { describe, expect, it } from 'vitest';
import { nonPublicKind } from './address.js';

describe('nonPublicKind', () => {
  it('names loopback, private and link-local IPv4 addresses', () => {
    expect(nonPublicKind('127.0.0.1')).toBe('a loopback');
    expect(nonPublicKind('127.255.3.4')).toBe('a loopback');
    expect(nonPublicKind('10.1.2.3')).toBe('a private');
    expect(nonPublicKind('172.16.0.1')).toBe('a private');
    expect(nonPublicKind('172.31.255.255')).toBe('a private');
    expect(nonPublicKind('192.168.1.1')).toBe('a private');
    expect(nonPublicKind('169.254.169.254')).toBe('a link-local');
    expect(nonPublicKind('0.0.0.0')).toBe('an unspecified');
    expect(nonPublicKind('100.64.0.1')).toBe('a shared (carrier-grade NAT)');
    expect(nonPublicKind('224.0.0.1')).toBe('a multicast');
  });

  it('passes public IPv4 addresses, including neighbours of the private ranges', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '11.0.0.1', '169.255.0.1']) {
      expect(nonPublicKind(ip)).toBeNull();
    }
  });

  it('names IPv6 loopback, unique-local and link-local addresses, with or without brackets and zone', () => {
    expect(nonPublicKind('::1')).toBe('a loopback');
    expect(nonPublicKind('[::1]')).toBe('a loopback');
    expect(nonPublicKind('fd12:3456::1')).toBe('a private (unique local)');
    expect(nonPublicKind('fe80::1%eth0')).toBe('a link-local');
    expect(nonPublicKind('::')).toBe('an unspecified');
    expect(nonPublicKind('2606:4700::1111')).toBeNull();
  });

  it('judges IPv6 forms that carry an IPv4 address by that address', () => {
    expect(nonPublicKind('::ffff:127.0.0.1')).toBe('a loopback');
    expect(nonPublicKind('::ffff:7f00:1')).toBe('a loopback');
    expect(nonPublicKind('::ffff:c0a8:101')).toBe('a private');
    expect(nonPublicKind('64:ff9b::10.0.0.1')).toBe('a private');
    expect(nonPublicKind('::ffff:8.8.8.8')).toBeNull();
  });

  it('refuses what is not an address', () => {
    expect(nonPublicKind('example.com')).toBe('an invalid');
    expect(nonPublicKind('')).toBe('an invalid');
  });
});
