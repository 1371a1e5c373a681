// Classifies an IP address as public or as one of the ranges the fetcher refuses (private,
// loopback, link-local, ...). Pure: the fetcher calls it on every resolved address of every hop.

import { isIP } from 'node:net';
import {
  IPV4_EMBEDDING_IPV6_PREFIXES,
  PUBLIC_IPV6_PREFIX,
  REFUSED_IPV4_RANGES,
  REFUSED_IPV6_RANGES,
} from './rules.js';

export type AddressClass =
  | { readonly kind: 'public' }
  /** `range` is the CIDR matched, `name` says what it is, e.g. "loopback (RFC 1122)". */
  | { readonly kind: 'refused'; readonly range: string; readonly name: string }
  | { readonly kind: 'invalid' };

interface ParsedRange {
  readonly bytes: Uint8Array;
  readonly prefixBits: number;
  readonly cidr: string;
  readonly name: string;
}

/** Classifies an IPv4 or IPv6 literal (brackets and a `%zone` suffix are accepted). */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 4) return classifyIpv4(parseIpv4(bare)!);
  if (version === 6) {
    const bytes = parseIpv6(bare);
    return bytes ? classifyIpv6(bytes) : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

const IPV4_RANGES: readonly ParsedRange[] = REFUSED_IPV4_RANGES.map((r) => parseRange(r.cidr, r.name));
const IPV6_RANGES: readonly ParsedRange[] = REFUSED_IPV6_RANGES.map((r) => parseRange(r.cidr, r.name));
const IPV6_PUBLIC = parseRange(PUBLIC_IPV6_PREFIX.cidr, PUBLIC_IPV6_PREFIX.name);
const IPV6_EMBEDDINGS = IPV4_EMBEDDING_IPV6_PREFIXES.map((r) => ({
  range: parseRange(r.cidr, r.name),
  ipv4ByteOffset: r.ipv4ByteOffset,
}));

function classifyIpv4(bytes: Uint8Array): AddressClass {
  for (const range of IPV4_RANGES) {
    if (inRange(bytes, range)) return { kind: 'refused', range: range.cidr, name: range.name };
  }
  return { kind: 'public' };
}

function classifyIpv6(bytes: Uint8Array): AddressClass {
  // The exact ranges first: ::1 is loopback, not "IPv4-compatible 0.0.0.1".
  for (const range of IPV6_RANGES) {
    if (range.prefixBits === 128 && inRange(bytes, range)) return { kind: 'refused', range: range.cidr, name: range.name };
  }
  for (const { range, ipv4ByteOffset } of IPV6_EMBEDDINGS) {
    if (!inRange(bytes, range)) continue;
    const inner = classifyIpv4(bytes.subarray(ipv4ByteOffset, ipv4ByteOffset + 4));
    if (inner.kind === 'refused') return { kind: 'refused', range: `${range.cidr} → ${inner.range}`, name: `${range.name} ${inner.name}` };
    // An embedded public address reaches that public host (DNS64 networks hand these out), so it is public.
    return inner;
  }
  for (const range of IPV6_RANGES) {
    if (inRange(bytes, range)) return { kind: 'refused', range: range.cidr, name: range.name };
  }
  if (!inRange(bytes, IPV6_PUBLIC)) return { kind: 'refused', range: IPV6_PUBLIC.cidr, name: IPV6_PUBLIC.name };
  return { kind: 'public' };
}

function inRange(bytes: Uint8Array, range: ParsedRange): boolean {
  if (bytes.length !== range.bytes.length) return false;
  let bits = range.prefixBits;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i]! & mask) !== (range.bytes[i]! & mask)) return false;
  }
  return true;
}

function parseRange(cidr: string, name: string): ParsedRange {
  const [address, bits] = cidr.split('/') as [string, string];
  const bytes = isIP(address) === 4 ? parseIpv4(address) : parseIpv6(address);
  if (!bytes) throw new TypeError(`bad CIDR in ingest rules: ${cidr}`);
  return { bytes, prefixBits: Number(bits), cidr, name };
}

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const value = Number(parts[i]);
    if (!Number.isInteger(value) || value < 0 || value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

/** Parses any textual IPv6 form: `::` elision and a dotted IPv4 tail (`::ffff:127.0.0.1`). */
function parseIpv6(text: string): Uint8Array | null {
  let groupsText = text;
  let tail: Uint8Array | null = null;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tail = parseIpv4(text.slice(lastColon + 1));
    if (!tail) return null;
    groupsText = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = groupsText.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill('0'), ...rest];
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    const value = parseInt(groups[i]!, 16);
    if (!/^[0-9a-f]{1,4}$/i.test(groups[i]!) || Number.isNaN(value)) return null;
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  }
  if (tail) bytes.set(tail, 12);
  return bytes;
}
