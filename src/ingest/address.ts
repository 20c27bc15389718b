import { BlockList, isIP } from 'node:net';

/**
 * Address ranges corroborate does not fetch from unless asked (`--allow-private`): anything that is
 * not a public internet host. A URL that resolves there could reach a router, a cloud metadata
 * service or a database on the user's own network. Sources: RFC 6890 (special-purpose registries),
 * RFC 4291 and RFC 4193 (IPv6).
 */
const RANGES: [kind: string, network: string, prefix: number, family: 'ipv4' | 'ipv6'][] = [
  ['an unspecified', '0.0.0.0', 8, 'ipv4'],
  ['a private', '10.0.0.0', 8, 'ipv4'],
  ['a shared (carrier-grade NAT)', '100.64.0.0', 10, 'ipv4'],
  ['a loopback', '127.0.0.0', 8, 'ipv4'],
  ['a link-local', '169.254.0.0', 16, 'ipv4'],
  ['a private', '172.16.0.0', 12, 'ipv4'],
  ['a reserved', '192.0.0.0', 24, 'ipv4'],
  ['a documentation', '192.0.2.0', 24, 'ipv4'],
  ['a private', '192.168.0.0', 16, 'ipv4'],
  ['a benchmarking', '198.18.0.0', 15, 'ipv4'],
  ['a documentation', '198.51.100.0', 24, 'ipv4'],
  ['a documentation', '203.0.113.0', 24, 'ipv4'],
  ['a multicast', '224.0.0.0', 4, 'ipv4'],
  ['a reserved', '240.0.0.0', 4, 'ipv4'],
  ['an unspecified', '::', 128, 'ipv6'],
  ['a loopback', '::1', 128, 'ipv6'],
  ['a documentation', '2001:db8::', 32, 'ipv6'],
  ['a private (unique local)', 'fc00::', 7, 'ipv6'],
  ['a link-local', 'fe80::', 10, 'ipv6'],
  ['a site-local', 'fec0::', 10, 'ipv6'],
  ['a multicast', 'ff00::', 8, 'ipv6'],
];

/** One BlockList per kind of range, built once. */
const LISTS = RANGES.map(([kind, network, prefix, family]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { kind, list, family };
});

/** IPv6 forms that carry an IPv4 address: mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96), IPv4-compatible (::a.b.c.d). */
const EMBEDDED_IPV4 = /^(?:::ffff:(?:0:)?|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/i;
const EMBEDDED_HEX = /^(?:::ffff:(?:0:)?|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/**
 * What kind of non-public address this is ("a loopback", "a private", …), or null for a public one.
 * IPv6 addresses that embed an IPv4 address are judged by it. Anything that is not an IP address is
 * refused too ("an invalid").
 * @example nonPublicKind('127.0.0.1') === 'a loopback'; nonPublicKind('93.184.216.34') === null
 */
export function nonPublicKind(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 0) return 'an invalid';
  if (family === 6) {
    const v4 = embeddedIpv4(ip);
    if (v4 !== null) return nonPublicKind(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { kind, list, family: f } of LISTS) if (f === type && list.check(ip, type)) return kind;
  return null;
}

function embeddedIpv4(ip: string): string | null {
  const dotted = EMBEDDED_IPV4.exec(ip);
  if (dotted) return dotted[1]!;
  const hex = EMBEDDED_HEX.exec(ip);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
