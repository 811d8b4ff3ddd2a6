import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** IPv6 prefixes of the IANA special-purpose registry that ipaddr.js does not name yet. */
const EXTRA_SPECIAL_V6 = [
  ipaddr.IPv6.parseCIDR('100:0:0:1::/64'), // dummy IPv6 prefix (RFC 9780)
];

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parse('2000::');

/** The IPv4 address inside an IPv6 address that carries one, by the scheme that carries it. */
function embeddedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = ip.parts;
  const word = (hi: number | undefined, lo: number | undefined) =>
    new ipaddr.IPv4([((hi ?? 0) >> 8) & 255, (hi ?? 0) & 255, ((lo ?? 0) >> 8) & 255, (lo ?? 0) & 255]);
  switch (ip.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d (SIIT)
      return word(parts[6], parts[7]);
    case 'rfc6052': // 64:ff9b::a.b.c.d (NAT64); the local-use 64:ff9b:1::/48 has no fixed layout
      return ip.match(ipaddr.IPv6.parse('64:ff9b::'), 96) ? word(parts[6], parts[7]) : null;
    case '6to4': // 2002:AABB:CCDD::/48
      return word(parts[1], parts[2]);
    default:
      return null;
  }
}

function isAllowedV4(ip: ipaddr.IPv4): boolean {
  // Everything but 'unicast' is special-purpose: loopback, private, CGNAT, link-local,
  // benchmarking (198.18/15), documentation, multicast, reserved (240/4), broadcast, AS112, AMT …
  return ip.range() === 'unicast';
}

function isAllowedV6(ip: ipaddr.IPv6): boolean {
  const carried = embeddedIpv4(ip);
  if (carried) return isAllowedV4(carried);
  // IPv4-compatible ::a.b.c.d (deprecated; ::7f00:1 reaches 127.0.0.1 on some stacks), :: and ::1.
  if (ip.parts.slice(0, 6).every((part) => part === 0)) return false;
  if (EXTRA_SPECIAL_V6.some(([net, bits]) => ip.match(net, bits))) return false;
  // Only 2000::/3 is allocated as global unicast; within it, ipaddr.js names the special blocks
  // (Teredo, benchmarking, documentation, ORCHID, AMT, AS112 …).
  return ip.match(GLOBAL_UNICAST_V6, 3) && ip.range() === 'unicast';
}

/**
 * Whether the fetcher may connect to this IP address: public unicast only. Every block of the
 * IANA IPv4 and IPv6 special-purpose registries is refused, plus multicast, broadcast and
 * unallocated IPv6; an IPv4 carried inside IPv6 (mapped, SIIT, NAT64, 6to4) is judged as that
 * IPv4 address. Anything that does not parse is refused. The one place the policy is asked.
 */
export function isAllowedAddress(ip: string): boolean {
  const host = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(host)) return false;
  const parsed = ipaddr.parse(host);
  return parsed.kind() === 'ipv4' ? isAllowedV4(parsed as ipaddr.IPv4) : isAllowedV6(parsed as ipaddr.IPv6);
}

export type ResolvedAddress = { address: string; family: number };

/** Resolves a host name to all its addresses; injectable so tests can play a rebinding DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => lookup(hostname, { all: true, verbatim: true });
