import { z } from "zod";
import { REGION_SLUGS } from "../model/regions.ts";
import { CRISES } from "../model/tags.ts";

/**
 * The JSON the API answers with, as zod schemas: the handlers' output types come from them,
 * the tests check real responses against them, and the OpenAPI document is generated from
 * them (components registers each under its name there).
 */
export const components = z.registry<{ id: string }>();

function component<T extends z.ZodType>(id: string, description: string, schema: T): T {
  const described = schema.describe(description);
  components.add(described, { id });
  return described;
}

const time = z.iso.datetime().describe("ISO 8601, UTC");

export const SourceSchema = component(
  "Source",
  "One report of the story, by one feed.",
  z.strictObject({
    itemId: z.string().describe("The report's item id: a hash of its feed id and guid."),
    feedId: z.string().describe("The feed it came from (its id in the config)."),
    feedName: z.string().nullable(),
    title: z.string(),
    link: z.string().nullable(),
    language: z.string().nullable(),
    published: time,
  }),
);

const TAG_KINDS = ["country", "region", "crisis", "custom"] as const;

export const TagEvidenceSchema = component(
  "TagEvidence",
  "One tag of the story and why it was given: one entry per rule that fired (empty for stories stored without evidence).",
  z.strictObject({
    kind: z.enum(TAG_KINDS),
    tag: z.string().describe("The country code, region or crisis slug, or custom tag."),
    evidence: z.array(
      z.strictObject({
        rule: z
          .string()
          .describe('The rule that fired, such as "name", "adjective" or "config:custom.election".'),
        field: z
          .enum(["title", "summary", "content", "feed"])
          .describe('Where the terms were found; "feed" when the tag came from the feed\'s config.'),
        terms: z.array(z.string()).describe("The words that matched."),
      }),
    ),
  }),
);

const storyFields = {
  id: z.string().describe("The story's stable id: its first report's item id."),
  title: z.string(),
  summary: z.string().describe("Plain text."),
  link: z.string().nullable(),
  author: z.string().nullable(),
  published: time.describe("When the first report was published: the order of the list."),
  firstSeen: time.describe("When sitrep stored the first report."),
  lastSeen: time.describe("When sitrep last added or changed a report."),
  language: z.string().nullable(),
  countries: z.array(z.string()).describe("ISO 3166-1 alpha-2 codes."),
  regions: z.array(z.enum(REGION_SLUGS as [string, ...string[]])),
  crises: z.array(z.enum(CRISES)),
  custom: z.array(z.string()).describe("Custom tags (the `tag` parameter filters on them)."),
  feedId: z.string().describe("The feed of the first report."),
  sourceCount: z.int().min(1).describe("How many reports, from how many feeds, the story has."),
};

export const StorySummarySchema = component(
  "StorySummary",
  "A story as listed: its first report and its tags.",
  z.strictObject(storyFields),
);

export const StoryDetailSchema = component(
  "StoryDetail",
  "A story with every report and the evidence for each tag.",
  z.strictObject({
    ...storyFields,
    canonicalUrl: z
      .string()
      .nullable()
      .describe(
        "The key reports are compared by: https, no www., no fragment, sorted query, no tracking parameters. Not for following: `link` is the publisher's address.",
      ),
    updated: time.nullable(),
    contentHtml: z.string().describe("Sanitised HTML of the first report."),
    categories: z.array(z.string()).describe("The first report's own categories, as its feed gave them."),
    sources: z.array(SourceSchema).describe("Every report, oldest first."),
    tags: z
      .array(TagEvidenceSchema)
      .describe("Every country, region, crisis and custom tag, with its evidence."),
  }),
);

export const StoryPageSchema = component(
  "StoryPage",
  "One page of stories, newest first.",
  z.strictObject({
    stories: z.array(StorySummarySchema),
    next: z
      .string()
      .nullable()
      .describe(
        "Pass as `cursor` (with the same filters) for the next page; null on the last page. A page may hold fewer than `limit` stories when q or exclude are given: one request reads at most 5,000 stories.",
      ),
  }),
);

const facet = (what: string) =>
  z
    .array(z.strictObject({ value: z.string(), count: z.int().min(1) }))
    .describe(`Stories per ${what}, busiest first; values without stories are left out.`);

export const TagCountsSchema = component(
  "TagCounts",
  "Story counts per value of each filter, for facets; keys are the query parameters' names.",
  z.strictObject({
    total: z.int().min(0).describe("Stories the filter allows."),
    country: facet("country"),
    region: facet("region"),
    crisis: facet("crisis"),
    lang: facet("language"),
    feed: facet("configured feed"),
    tag: facet("custom tag defined in the config"),
  }),
);

export const FeedStatusSchema = component(
  "FeedStatus",
  "A watched feed and how its polling goes.",
  z.strictObject({
    id: z.string(),
    url: z.string(),
    name: z.string().nullable(),
    language: z.string().nullable(),
    lastAttemptAt: time.nullable(),
    lastSuccessAt: time.nullable(),
    lastStatus: z.int().nullable().describe("HTTP status of the last response; null when none came."),
    lastError: z.string().nullable().describe("Null when the last poll succeeded."),
    consecutiveFailures: z.int().min(0),
    itemCount: z.int().min(0).describe("Items in the last successful parse."),
    itemsStored: z.int().min(0).describe("Stories the feed created or joined."),
    nextPollAt: time.nullable(),
    disabled: z.boolean().describe("A permanent failure (404/410, refused address) stopped polling."),
  }),
);

export const ParamErrorSchema = component(
  "ParamError",
  "A parameter that cannot be honoured: which one, and what it accepts.",
  z.strictObject({
    error: z.string(),
    param: z.string(),
    accepted: z.string().nullable(),
  }),
);

export const ErrorSchema = component("Error", "What went wrong.", z.strictObject({ error: z.string() }));

export const EventListSchema = component(
  "EventList",
  "The events of the stories the filters found, most recently active first.",
  z.strictObject({
    events: z.array(
      z.strictObject({
        id: z.string().describe("Stable: the id of the event's first story."),
        title: z.string().describe("The headline of its first story."),
        url: z.string().describe("Its page; add .xml, .atom or .json for its feeds."),
        developments: z.int().describe("Stories it holds."),
        outlets: z.int().describe("Feeds that reported it."),
        firstSeen: z.string(),
        lastSeen: z.string().describe("When its newest development or outlet joined."),
      }),
    ),
  }),
);

export const RetryLaterSchema = component(
  "RetryLater",
  "A refusal to try again later: why, and after how many seconds (as in the Retry-After header).",
  z.strictObject({ error: z.string(), retryAfter: z.int().describe("Seconds.") }),
);

export const HealthSchema = component(
  "Health",
  "The process serves requests.",
  z.strictObject({ status: z.literal("ok") }),
);

export const ReadinessSchema = component(
  "Readiness",
  "Whether requests can be answered: Redis and the poll queue reachable. `network` is what the last silence check concluded about sitrep's own connection (`unknown` without silence signals).",
  z.strictObject({
    status: z.enum(["ready", "not ready"]),
    redis: z.boolean(),
    queue: z.boolean(),
    network: z.enum(["ok", "down", "unknown"]),
    note: z.string().optional().describe("Present while the network is down: what that means for readers."),
  }),
);

export const AlertStatusSchema = component(
  "AlertStatus",
  "A configured alert (webhook on a view) and how its deliveries go.",
  z.strictObject({
    id: z.string(),
    view: z.string(),
    target: z
      .string()
      .describe("The webhook's origin; its path is left out, as it often holds a credential."),
    on: z.array(z.enum(["new", "updated"])),
    signed: z.boolean().describe("Whether deliveries carry X-Sitrep-Signature."),
    delivered: z.int().min(0),
    failed: z.int().min(0).describe("Failed delivery attempts, retries included."),
    lastDeliveredAt: time.nullable(),
    lastFailedAt: time.nullable(),
    lastError: z.string().nullable(),
  }),
);
