import countries from "i18n-iso-countries";
import type { StoryFilter } from "./filter.ts";
import { DEFAULT_LIMIT, PARAMS, type ParamName } from "./params.ts";
import { describeBound } from "./time.ts";

export function countryName(code: string): string {
  return countries.getName(code, "en") ?? code;
}

const list = (values: string[]) => values.join(", ");
const quoted = (words: string[]) => `“${words.join(" ")}”`;

/**
 * What a feed is filtered on, for its title: "Kazakhstan (KZ) · unrest, crackdown · last 24h";
 * empty when nothing is filtered, like filterToQuery.
 */
export function describeFilter(filter: StoryFilter): string {
  const parts = [
    list(filter.countries.map((code) => `${countryName(code)} (${code})`)),
    list(filter.regions),
    list(filter.crises),
    filter.languages.length > 0 ? `in ${list(filter.languages)}` : "",
    filter.feeds.length > 0 ? `from ${list(filter.feeds)}` : "",
    filter.tags.length > 0 ? `tagged ${list(filter.tags)}` : "",
    filter.q.length > 0 ? `matching ${quoted(filter.q)}` : "",
    filter.exclude.length > 0 ? `excluding ${quoted(filter.exclude)}` : "",
    filter.window.since === null ? "" : describeBound("since", filter.window.since),
    filter.window.until === null ? "" : describeBound("until", filter.window.until),
  ].filter((part) => part !== "");
  return parts.join(" · ");
}

/** The filter as query parameter values, as written (relative windows stay relative); default limit left out. */
export function filterParams(filter: StoryFilter): Record<ParamName, string[]> {
  const optional = (value: string | null) => (value === null ? [] : [value]);
  return {
    country: filter.countries,
    region: filter.regions,
    crisis: filter.crises,
    lang: filter.languages,
    feed: filter.feeds,
    tag: filter.tags,
    q: filter.q,
    exclude: filter.exclude,
    since: optional(filter.window.since),
    until: optional(filter.window.until),
    limit: filter.limit === DEFAULT_LIMIT ? [] : [String(filter.limit)],
    group: filter.group === "story" ? [] : [filter.group],
  };
}

/**
 * The canonical query string (no leading "?"; empty for the unfiltered feed), for self links
 * and cache keys: fixed parameter order, sorted comma-joined values.
 */
export function filterToQuery(filter: StoryFilter): string {
  return paramsToQuery(filterParams(filter));
}

/** Parameter values as a canonical query string, the way filterToQuery writes them. */
export function paramsToQuery(params: Record<ParamName, string[]>): string {
  return PARAMS.filter((name) => params[name].length > 0)
    .map((name) => `${name}=${[...params[name]].sort().map(encodeURIComponent).join(",")}`)
    .join("&");
}
