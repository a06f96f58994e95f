import { QueryError } from "./error.ts";
import { type RawParams, readParams } from "./params.ts";
import { resolveBound } from "./time.ts";

/**
 * What a request (or a named view) asks for. Values within one field are alternatives (OR);
 * fields combine with AND. Lists keep the order they were given in, without duplicates.
 */
export interface StoryFilter {
  /** ISO 3166-1 alpha-2, upper case. */
  countries: string[];
  regions: string[];
  crises: string[];
  /** ISO 639 primary language subtags, lower case. */
  languages: string[];
  feeds: string[];
  /** Custom tags: the config's own tagging rules and its feeds' `tags`. */
  tags: string[];
  /** Lower-cased words that must all appear. */
  q: string[];
  /** Lower-cased words none of which may appear. */
  exclude: string[];
  since: Date | null;
  until: Date | null;
  /**
   * `since`/`until` as written, in canonical form ("24h", or an ISO date-time), so self links
   * and titles keep a relative window relative instead of freezing the request's time.
   */
  window: { since: string | null; until: string | null };
  limit: number;
}

export interface FilterContext {
  now: Date;
  feedIds: readonly string[];
  /** The custom tags the config defines (see configTags); none when left out. */
  tags?: readonly string[];
}

/** Validates query parameters into a filter; throws QueryError naming the parameter and what it accepts. */
export function parseFilter(params: RawParams, ctx: FilterContext): StoryFilter {
  const read = readParams(params, { feedIds: ctx.feedIds, tags: ctx.tags ?? [] });
  const since = read.since && resolveBound(read.since, ctx.now);
  const until = read.until && resolveBound(read.until, ctx.now);
  if (since && until && since > until) {
    throw new QueryError(
      "since",
      `${read.since?.text} is later than until ${read.until?.text}`,
      "a time before until",
    );
  }
  return {
    countries: read.country,
    regions: read.region,
    crises: read.crisis,
    languages: read.lang,
    feeds: read.feed,
    tags: read.tag,
    q: read.q,
    exclude: read.exclude,
    since,
    until,
    window: { since: read.since?.text ?? null, until: read.until?.text ?? null },
    limit: read.limit,
  };
}
