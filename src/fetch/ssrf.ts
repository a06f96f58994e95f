import { lookup as dnsLookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { FetchError } from "./fetch-error.ts";

/**
 * IANA special-purpose ranges: nothing a public feed should live on, everything an attacker would aim at.
 * IPv4-mapped IPv6 (::ffff:10.0.0.1) needs no rule of its own: BlockList judges it by the IPv4 rules, and
 * a ::ffff:0:0/96 rule would, by the same equivalence, block every IPv4 address.
 */
const FORBIDDEN: ReadonlyArray<readonly [string, number, "ipv4" | "ipv6"]> = [
  ["0.0.0.0", 8, "ipv4"], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"], // carrier-grade NAT
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"], // link-local, including cloud metadata at 169.254.169.254
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.88.99.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"], // multicast
  ["240.0.0.0", 4, "ipv4"], // reserved and broadcast
  ["::", 96, "ipv6"], // unspecified, loopback and the deprecated IPv4-compatible form
  ["64:ff9b:1::", 48, "ipv6"], // local-use NAT64
  ["100::", 64, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["2002::", 16, "ipv6"], // 6to4 embeds an arbitrary IPv4 address
  ["fc00::", 7, "ipv6"], // unique-local
  ["fe80::", 10, "ipv6"], // link-local
  ["fec0::", 10, "ipv6"], // old site-local
  ["ff00::", 8, "ipv6"], // multicast
];

const blockList = new BlockList();
for (const [network, prefix, family] of FORBIDDEN) blockList.addSubnet(network, prefix, family);

/** True for any address a feed fetch must never connect to. Anything that is not an IP fails closed. */
export function isBlockedAddress(address: string): boolean {
  // A zone index ("fe80::1%eth0") makes BlockList answer false, so drop it before checking.
  const bare = address.split("%")[0] ?? "";
  const family = isIP(bare);
  if (family === 0) return true;
  if (family === 4) return blockList.check(bare, "ipv4");
  return blockList.check(bare, "ipv6") || embeddedIpv4(bare).some((ipv4) => blockList.check(ipv4, "ipv4"));
}

/**
 * The IPv4 addresses an IPv6 address carries to a v4 host through a translator or tunnel:
 * NAT64 (64:ff9b::/96), IPv4-translated (::ffff:0:0:0/96), 6to4 (2002::/16) and Teredo
 * (2001::/32, server and the bit-inverted client). A relay on the way would deliver to the
 * embedded address, so that is what must be public.
 */
function embeddedIpv4(address: string): string[] {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = ipv6Groups(address);
  const ipv4 = (high: number, low: number) => `${high >>> 8}.${high & 255}.${low >>> 8}.${low & 255}`;
  const last = ipv4(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 + g3 + g4 + g5 === 0) return [last];
  if (g0 + g1 + g2 + g3 === 0 && g4 === 0xffff && g5 === 0) return [last];
  if (g0 === 0x2002) return [ipv4(g1, g2)];
  if (g0 === 0x2001 && g1 === 0) return [ipv4(g2, g3), ipv4(g6 ^ 0xffff, g7 ^ 0xffff)];
  return [];
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a dotted IPv4 tail converted. */
export function ipv6Groups(address: string): number[] {
  const colon = address.lastIndexOf(":");
  const tail = address.slice(colon + 1);
  const hex =
    isIP(tail) === 4
      ? `${address.slice(0, colon + 1)}${tail
          .split(".")
          .map((octet) => Number(octet).toString(16).padStart(2, "0"))
          .reduce((text, octet, i) => text + (i === 2 ? ":" : "") + octet, "")}`
      : address;
  const [left = "", right] = hex.split("::");
  const parse = (part: string) =>
    part === "" ? [] : part.split(":").map((group) => Number.parseInt(group, 16));
  const head = parse(left);
  const rest = right === undefined ? [] : parse(right);
  return [...head, ...Array(8 - head.length - rest.length).fill(0), ...rest];
}

/**
 * Resolves like dns.lookup but refuses when any answer is forbidden. Used as the socket's own lookup,
 * so the address checked is the very one connected to: a DNS rebind between check and connect cannot win.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const forbidden = addresses.find((entry) => isBlockedAddress(entry.address));
    if (forbidden) {
      return callback(
        new FetchError(
          "blocked",
          `${hostname} resolves to non-public ${forbidden.address}; ${allowWith(hostname)}`,
        ),
        [],
      );
    }
    const [first] = addresses;
    if (!first) return callback(new FetchError("network", `${hostname} has no addresses`), []);
    if (options.all) return callback(null, addresses);
    callback(null, first.address, first.family);
  });
};

/**
 * Vets one hop before connecting. Returns the lookup to connect with: the guarded one, or undefined (the
 * system's) for hosts the operator allowed. IP literals are checked here because sockets skip lookup for them.
 * An `allowPrivateHosts` entry ("127.0.0.1", "127.0.0.1:8081", "[::1]:8081") lets through only the host and
 * port of the configured feed URL itself, `feed`: a redirect elsewhere, even to another port of that host or
 * from another host to it, is vetted like any other hop.
 */
export function vetTarget(
  url: URL,
  allowPrivateHosts: readonly string[],
  feed: URL = url,
): LookupFunction | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError("blocked", `${url.href}: only http and https URLs are fetched`);
  }
  const host = bareHost(url.hostname);
  const port = portOf(url);
  const ownHost = host === bareHost(feed.hostname) && port === portOf(feed);
  if (ownHost && allowPrivateHosts.map(allowance).some((a) => a.host === host && (a.port ?? port) === port)) {
    return undefined;
  }
  if (isIP(host) !== 0) {
    if (isBlockedAddress(host))
      throw new FetchError("blocked", `${url.href}: ${host} is not a public address; ${allowWith(host)}`);
    return undefined;
  }
  return guardedLookup;
}

/** Every refusal says how to lift it: the operator may trust a host on their own network. */
function allowWith(host: string): string {
  return `to fetch it anyway, add "${host}" to allowPrivateHosts in the config`;
}

/** "[::1]" and "::1", "Example.org" and "example.org" name the same host. */
function bareHost(host: string): string {
  return (host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host).toLowerCase();
}

function portOf(url: URL): string {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}

/** An `allowPrivateHosts` entry: a host, with or without a port ("[::1]:8081"; a bare IPv6 has none). */
function allowance(entry: string): { host: string; port: string | null } {
  const close = entry.indexOf("]");
  if (entry.startsWith("[") && close !== -1) {
    const port = entry.slice(close + 1);
    return { host: bareHost(entry.slice(0, close + 1)), port: port.startsWith(":") ? port.slice(1) : null };
  }
  const colon = entry.indexOf(":");
  if (colon === -1 || colon !== entry.lastIndexOf(":")) return { host: bareHost(entry), port: null };
  return { host: bareHost(entry.slice(0, colon)), port: entry.slice(colon + 1) };
}
