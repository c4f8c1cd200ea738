// Who is asking, and over what: the client's address and the scheme it used.
// Behind a reverse proxy the socket peer is the proxy; only when that peer is
// one of TRUSTED_PROXIES do X-Forwarded-For (the right-most hop that is not a
// trusted proxy) and X-Forwarded-Proto count. Without trust the headers are
// ignored, so a client cannot choose its own address or scheme.
import { BlockList, isIP } from 'node:net';

export interface TrustedProxies {
  /** True when this address (IPv4 or IPv6) is a trusted proxy. */
  has(address: string): boolean;
  /** As configured, for the start-up line. */
  readonly entries: readonly string[];
}

/** `::ffff:10.0.0.1` is 10.0.0.1; brackets and an IPv4 port are dropped. */
export function normaliseAddress(value: string): string {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return address.toLowerCase();
}

/**
 * TRUSTED_PROXIES: addresses or CIDRs separated by commas or spaces
 * (`127.0.0.1, 10.0.0.0/8, ::1, fd00::/8`). Empty: no proxy is trusted.
 * A wrong entry stops the start: a silently ignored proxy means shared limits.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [rawAddress, prefix, ...rest] = entry.split('/');
    const address = normaliseAddress(rawAddress ?? '');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    const validPrefix =
      bits === undefined || (/^\d+$/.test(prefix ?? '') && bits >= 0 && bits <= maxBits);
    if (family === 0 || rest.length > 0 || !validPrefix) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR; write e.g. 127.0.0.1, 10.0.0.0/8 or fd00::/8`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    entries,
    has(candidate) {
      const address = normaliseAddress(candidate);
      const family = isIP(address);
      if (family === 0 || entries.length === 0) return false;
      return list.check(address, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

export const noTrustedProxies: TrustedProxies = parseTrustedProxies('');

export interface ClientInfo {
  /** The client's address: a key for limits only, never logged or stored. */
  address: string;
  scheme: 'http' | 'https';
}

export interface ForwardedInput {
  /** The socket peer; undefined in `app.request()` tests. */
  peer: string | undefined;
  /** The scheme of the request as the server saw it. */
  scheme: 'http' | 'https';
  forwardedFor: string | undefined;
  forwardedProto: string | undefined;
}

/** Longer hop lists are not walked: a sane chain of proxies is short. */
const maxHops = 20;

export function resolveClient(input: ForwardedInput, trusted: TrustedProxies): ClientInfo {
  const peer = input.peer === undefined ? undefined : normaliseAddress(input.peer);
  if (peer === undefined || !trusted.has(peer)) {
    return { address: peer ?? 'onbekend', scheme: input.scheme };
  }
  // The right-most hop that is not one of ours is the client; a proxy can only
  // vouch for the hop it saw, everything left of that was written by the client.
  const hops = (input.forwardedFor ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .slice(-maxHops);
  let address = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i] ?? '');
    address = isIP(hop) === 0 ? 'onbekend' : hop;
    if (!trusted.has(hop)) break;
  }
  // The proxy nearest to us sets the scheme; values to its left came from further away.
  const proto = (input.forwardedProto ?? '').split(',').pop()?.trim().toLowerCase();
  const scheme = proto === 'https' || proto === 'http' ? proto : input.scheme;
  return { address, scheme };
}

/**
 * PUBLIC_URL: where people reach the site (`https://woonkansboom.example.nl`),
 * for every absolute link. Only an origin (a path prefix is not supported).
 */
export function parsePublicUrl(value: string | undefined): string | undefined {
  const entry = (value ?? '').trim();
  if (entry === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(entry);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
    throw new Error(
      `PUBLIC_URL: "${entry}" is not an origin; write scheme://host[:port], e.g. https://woonkansboom.example.nl`,
    );
  }
  return url.origin;
}
