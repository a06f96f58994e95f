/**
 * What sitrep needs to know about Redis Cluster: how REDIS_URL names one, and which part of a
 * key decides its slot.
 *
 * REDIS_URL names either one server (`redis://`, `rediss://`, read by ioredis itself) or a
 * cluster: `redis+cluster://[user:password@]host:port[,host:port...]`, `rediss+cluster://` for
 * TLS. The hosts are seeds: the client learns the rest of the cluster from any one of them, so
 * several only matter for starting while one of them is down.
 */
export interface ClusterTarget {
  nodes: { host: string; port: number }[];
  username?: string;
  password?: string;
  tls: boolean;
}

export const REDIS_URL_SCHEMES = /^rediss?(\+cluster)?:\/\//;

export class RedisUrlError extends Error {
  override name = "RedisUrlError";
}

const CLUSTER_SCHEME = /^(rediss?)\+cluster:\/\//;

export function isClusterUrl(url: string): boolean {
  return CLUSTER_SCHEME.test(url);
}

const NODE = /^(?:\[([0-9a-fA-F:.]+)\]|([\w.-]+))(?::(\d{1,5}))?$/;

/** The cluster a `redis+cluster://` URL names; null for a single-server URL. */
export function parseClusterUrl(url: string): ClusterTarget | null {
  const scheme = CLUSTER_SCHEME.exec(url);
  if (!scheme) return null;
  const rest = url.slice(scheme[0].length);
  const at = rest.lastIndexOf("@");
  const hosts = rest.slice(at + 1);
  if (/[/?#]/.test(hosts)) {
    throw new RedisUrlError(
      "a cluster URL ends with its hosts: a cluster has only database 0 and takes no options",
    );
  }
  const nodes = hosts.split(",").map((node) => {
    const match = NODE.exec(node);
    const port = Number(match?.[3] ?? 6379);
    if (!match || port < 1 || port > 65_535) {
      throw new RedisUrlError(`"${node}" is not host:port (a name, an IPv4 address or [an IPv6 one])`);
    }
    return { host: (match[1] ?? match[2]) as string, port };
  });
  return { nodes, tls: scheme[1] === "rediss", ...credentials(at < 0 ? "" : rest.slice(0, at)) };
}

function credentials(userinfo: string): { username?: string; password?: string } {
  if (userinfo === "") return {};
  const colon = userinfo.indexOf(":");
  const username = decoded(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? "" : decoded(userinfo.slice(colon + 1));
  return { ...(username && { username }), ...(password && { password }) };
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new RedisUrlError("the user name or password has a malformed %-escape");
  }
}

/**
 * The part of a key Redis Cluster hashes: what lies between the first "{" and the first "}"
 * after it, when that is not empty; null when the whole key is hashed.
 */
export function hashTag(key: string): string | null {
  const open = key.indexOf("{");
  const close = open < 0 ? -1 : key.indexOf("}", open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}
