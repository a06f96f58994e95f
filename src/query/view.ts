import { z } from "zod";
import { strictObject } from "../config/strict-object.ts";
import { QueryError } from "./error.ts";
import { type FilterContext, parseFilter, type StoryFilter } from "./filter.ts";
import { type ParamName, READERS } from "./params.ts";
import { splitValues } from "./values.ts";

/**
 * One view field: the query parameter's name and values, checked by the same reader as a
 * request, so a bad view fails config validation at the field that is wrong. A number is taken
 * as its text (`limit: 20`). Values are kept as written: durations ("since: '7d'") are resolved
 * per request by resolveView.
 */
function field(name: ParamName) {
  return z
    .union([z.string(), z.array(z.string()), z.number().transform(String)])
    .superRefine((raw, ctx) => {
      try {
        // Feed ids and custom tags are checked against the config when the view is resolved.
        READERS[name](splitValues(name, raw), null);
      } catch (error) {
        if (!(error instanceof QueryError)) throw error;
        ctx.addIssue({
          code: "custom",
          message: error.detail,
        });
      }
    })
    .optional();
}

/** A named view in feeds.config.ts, e.g. `{ country: ["KZ"], crisis: ["unrest", "crackdown"], since: "7d" }`. */
export const ViewSchema = strictObject({
  country: field("country"),
  region: field("region"),
  crisis: field("crisis"),
  lang: field("lang"),
  feed: field("feed"),
  tag: field("tag"),
  q: field("q"),
  exclude: field("exclude"),
  since: field("since"),
  until: field("until"),
  limit: field("limit"),
  group: field("group"),
});
export type View = z.output<typeof ViewSchema>;

/** The view's filter at this request's time; throws QueryError (e.g. a feed id no longer configured). */
export function resolveView(view: View, ctx: FilterContext): StoryFilter {
  return parseFilter(view, ctx);
}
