import { lookup as dnsLookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { FetchError } from "./errors.ts";

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
  return blockList.check(bare, family === 6 ? "ipv6" : "ipv4");
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
        new FetchError("blocked", `${hostname} resolves to non-public ${forbidden.address}`),
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
 */
export function vetTarget(url: URL, allowPrivateHosts: readonly string[]): LookupFunction | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError("blocked", `${url.href}: only http and https URLs are fetched`);
  }
  const host = bareHost(url.hostname);
  if (allowPrivateHosts.some((allowed) => bareHost(allowed) === host)) return undefined;
  if (isIP(host) !== 0) {
    if (isBlockedAddress(host))
      throw new FetchError("blocked", `${url.href}: ${host} is not a public address`);
    return undefined;
  }
  return guardedLookup;
}

/** "[::1]" and "::1", "Example.org" and "example.org" name the same host. */
function bareHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
}
