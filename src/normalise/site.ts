// Second-level labels under which country registries sell names (bbc.co.uk, abc.net.au): there
// the site is the last three labels, not two. Without a public-suffix list this is a heuristic,
// and it errs towards "another site", which only leaves a headline where it was.
const REGISTRY_LABELS = new Set(["ac", "co", "com", "edu", "go", "gob", "gov", "ne", "net", "or", "org"]);

/** The site a host belongs to: "www.outlet.example" and "feeds.outlet.example" are "outlet.example". */
function siteOf(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length <= 2 || /^[\d.]+$|:/.test(host)) return labels.join(".");
  const second = labels.at(-2) ?? "";
  const size = (labels.at(-1)?.length ?? 0) === 2 && REGISTRY_LABELS.has(second) ? 3 : 2;
  return labels.slice(-size).join(".");
}

/** Whether two URLs are on one site; false when either is not a URL. */
export function sameSite(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  return siteOf(new URL(a).hostname) === siteOf(new URL(b).hostname);
}
