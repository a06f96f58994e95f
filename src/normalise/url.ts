import normalizeUrl from "normalize-url";

const WEB = new Set(["http:", "https:"]);
// Browsers and servers stop at a few thousand characters; a longer "URL" is not a link to follow or
// compare, and refusing it spares the URL parser and normalize-url's regexes.
const URL_MAX = 4_096;

/** `value` as an absolute URL, resolved against `base`; null unless its scheme is one of `schemes`. */
export function resolveUrl(
  value: string | null | undefined,
  base: string | null,
  schemes = WEB,
): string | null {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > URL_MAX) return null;
  try {
    const url = new URL(trimmed, base ?? undefined);
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The base URL in force after a chain of bases, outermost first (feed URL, then the feed's
 * own base, then the item's xml:base): each resolves against the one before, and one that
 * does not resolve to http(s) is passed over rather than breaking the chain.
 */
export function resolveBase(...chain: (string | null)[]): string | null {
  return chain.reduce<string | null>((base, next) => resolveUrl(next, base) ?? base, null);
}

/** Query parameters that only say who sent the reader: campaign tags and click ids. */
const TRACKING = [/^utm_\w+$/i, /^(fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl)$/i];

function isTracking(pair: string): boolean {
  const name = pair.split("=", 1)[0] ?? "";
  try {
    return TRACKING.some((pattern) => pattern.test(decodeURIComponent(name)));
  } catch {
    return false;
  }
}

/**
 * A link as its publisher wrote it, less tracking parameters: scheme, host, path, the other
 * parameters (in their order and escaping) and the fragment stay, because many sites answer
 * only on http, or only with "www.", and the reader must be sent where the publisher pointed.
 */
export function withoutTracking(link: string): string {
  const url = new URL(link);
  const pairs = url.search.slice(1).split("&");
  const kept = pairs.filter((pair) => pair !== "" && !isTracking(pair));
  if (url.search === "" || kept.length === pairs.length) return url.href;
  url.search = kept.join("&");
  return url.href;
}

/**
 * The dedup key for a link. It is compared, never followed, so it drops whatever varies
 * between copies of one article: the scheme is forced to https and "www." dropped (sites
 * answer on all four), the fragment and a trailing slash dropped, the query sorted, and
 * tracking parameters removed. `ref`/`ref_src` go too: on news sites they mark the referrer,
 * never the article, and keeping them would split one story per referrer.
 */
export function canonicalUrl(link: string | null): string | null {
  if (link === null) return null;
  try {
    return normalizeUrl(link, {
      forceHttps: true,
      stripWWW: true,
      stripHash: true,
      removeTrailingSlash: true,
      sortQueryParameters: true,
      removeQueryParameters: [...TRACKING, /^(ref|ref_src)$/i],
    });
  } catch {
    return null;
  }
}
