import { FetchError } from "./fetch-error.ts";

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Where a redirect leads, refusing loops and chains longer than `maxRedirects`.
 * `visited` holds every URL already requested, the current one included, and grows by the returned one.
 */
export function nextHop(
  current: URL,
  location: string | undefined,
  visited: Set<string>,
  maxRedirects: number,
): URL {
  if (!location) throw new FetchError("http", `redirect from ${current.href} has no Location`);
  let next: URL;
  try {
    next = new URL(location, current);
  } catch (error) {
    throw new FetchError("http", `redirect from ${current.href} to unreadable Location "${location}"`, {
      cause: error,
    });
  }
  next.hash = "";
  if (visited.has(next.href)) throw new FetchError("redirects", `redirect loop back to ${next.href}`);
  if (visited.size > maxRedirects) {
    throw new FetchError("redirects", `more than ${maxRedirects} redirects, last to ${next.href}`);
  }
  visited.add(next.href);
  return next;
}
