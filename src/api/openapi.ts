import { readFileSync } from "node:fs";
import { z } from "zod";
import { configTags } from "../query/context.ts";
import { STORY_ID } from "../query/cursor.ts";
import { PARAMS, type ParamName } from "../query/params.ts";
import { paramSchemas } from "../query/schema.ts";
import { HUB_PATH } from "../render/document.ts";
import { FORMATS } from "../render/feed-body.ts";
import { SITE_CSS_PATH } from "../render/renderers.ts";
import type { Config } from "../setup/config-schema.ts";
import {
  AlertStatusSchema,
  components,
  ErrorSchema,
  EventListSchema,
  FeedStatusSchema,
  HealthSchema,
  ParamErrorSchema,
  ReadinessSchema,
  RetryLaterSchema,
  StoryDetailSchema,
  StoryPageSchema,
  TagCountsSchema,
} from "./schemas.ts";
import { JSON_TYPE } from "./stories-api.ts";
import { COUNTED_PARAMS, UNCOUNTED_PARAMS } from "./tags-api.ts";

type JsonSchema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
}

interface Response {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
}

export interface Operation {
  tags: string[];
  summary: string;
  description?: string;
  operationId: string;
  parameters: Parameter[];
  responses: Record<string, Response>;
}

export const METHODS = ["get", "post"] as const;
export type PathItem = Partial<Record<(typeof METHODS)[number], Operation>>;

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, JsonSchema> };
}

const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

const SCHEMA_URI = (id: string) => `#/components/schemas/${id}`;

/** JSON Schema 2020-12 is the dialect OpenAPI 3.1 uses by default, so `$schema` and `$id` are left out. */
function withoutDialect({ $schema: _dialect, $id: _id, ...rest }: JsonSchema): JsonSchema {
  return rest;
}

function jsonSchema(schema: z.ZodType): JsonSchema {
  return withoutDialect(z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as JsonSchema);
}

function ref(schema: z.ZodType): JsonSchema {
  const id = components.get(schema)?.id;
  if (id === undefined) throw new Error("response schema is not registered in components");
  return { $ref: SCHEMA_URI(id) };
}

const STRING = { type: "string" };
const json = (schema: JsonSchema) => ({ [JSON_TYPE]: { schema } });
const body = (type: string) => ({ [type]: { schema: STRING } });

const NOT_MODIFIED: Response = {
  description: "Not modified: the copy named by If-None-Match or If-Modified-Since is current.",
};
const BAD_PARAMETER: Response = {
  description: "A parameter cannot be honoured: the answer names it and what it accepts.",
  content: json(ref(ParamErrorSchema)),
};
const UNAVAILABLE: Response = {
  description: "The story store (Redis) is not answering, and no earlier rendering of this URL is at hand.",
  content: json(ref(RetryLaterSchema)),
};
const TOO_MANY_SEARCHES: Response = {
  description:
    "This client has started too many text searches (q, exclude) that no cached answer covered; Retry-After says when it may search again.",
  content: json(ref(RetryLaterSchema)),
};

function queryParameters(names: readonly ParamName[], schemas: Record<ParamName, z.ZodType>): Parameter[] {
  return names.map((name) => {
    const schema = jsonSchema(schemas[name]);
    // A parameter that takes several values has an array schema: its form follows from that.
    const list = schema.type === "array";
    return {
      name,
      in: "query",
      required: false,
      description:
        `${schema.description ?? ""}${list ? " Repeat the parameter or separate values with commas; any value matches (OR)." : ""}`.trim(),
      schema,
      ...(list ? { style: "form" as const, explode: true } : {}),
    };
  });
}

/**
 * The API document of every public route (the admin routes, on only with ADMIN_TOKEN, are
 * left out), generated from the zod schemas the handlers and query readers use. Parameter
 * enums that depend on the config (feed ids, custom tags, views) are the current config's.
 */
export function buildOpenApi(config: Config): OpenApiDocument {
  const schemas = paramSchemas({ feedIds: config.feeds.map((feed) => feed.id), tags: configTags(config) });
  const filters = queryParameters(PARAMS, schemas);
  const counted = queryParameters(COUNTED_PARAMS, schemas);
  const feedFormats = Object.entries(FORMATS);
  const viewFiles = Object.keys(config.views).flatMap((view) =>
    feedFormats.map(([format]) => `${view}.${format}`),
  );

  const paths: Record<string, Operation> = {};
  for (const [format, { contentType }] of feedFormats) {
    const name = { xml: "RSS 2.0", atom: "Atom 1.0", json: "JSON Feed 1.1" }[format] ?? format;
    paths[`/feed.${format}`] = {
      tags: ["feeds"],
      operationId: `feed-${format}`,
      summary: `The merged feed as ${name}`,
      description:
        "Stories newest first, filtered by the parameters: AND across parameters, OR within one. The feed's title says what it is filtered on. Cached per store change; answers conditional requests.",
      parameters: filters,
      responses: {
        200: { description: `The feed (${name}).`, content: body(contentType) },
        304: NOT_MODIFIED,
        400: BAD_PARAMETER,
        429: TOO_MANY_SEARCHES,
        503: UNAVAILABLE,
      },
    };
  }
  paths["/views/{file}"] = {
    tags: ["feeds"],
    operationId: "view",
    summary: "A named view from the config, in one of the feed formats",
    description:
      "A short, stable URL for a filter written in the config's `views`. Views take no query parameters: the view is the whole filter.",
    parameters: [
      {
        name: "file",
        in: "path",
        required: true,
        description: `The view's name and the format: <view>.${feedFormats.map(([format]) => format).join("|")}.`,
        schema: viewFiles.length > 0 ? { type: "string", enum: viewFiles } : { type: "string", not: {} },
      },
    ],
    responses: {
      200: {
        description: "The view's feed, in the format its extension names.",
        content: Object.fromEntries(
          feedFormats.map(([, { contentType }]) => [contentType, { schema: STRING }]),
        ),
      },
      304: NOT_MODIFIED,
      400: {
        ...BAD_PARAMETER,
        description: `${BAD_PARAMETER.description} Also an unknown view (param "view") or format (param "format").`,
      },
      429: TOO_MANY_SEARCHES,
      503: UNAVAILABLE,
    },
  };
  paths["/"] = {
    tags: ["page"],
    operationId: "page",
    summary: "The HTML page: stories with their tags and sources, filter controls, subscribe links",
    parameters: filters,
    responses: {
      200: { description: "The page, without any script.", content: body("text/html; charset=utf-8") },
      304: NOT_MODIFIED,
      400: {
        description: "A page saying which parameter is wrong.",
        content: body("text/html; charset=utf-8"),
      },
      429: TOO_MANY_SEARCHES,
      503: UNAVAILABLE,
    },
  };
  paths[SITE_CSS_PATH] = {
    tags: ["page"],
    operationId: "stylesheet",
    summary: "The page's stylesheet",
    parameters: [],
    responses: { 200: { description: "CSS.", content: body("text/css; charset=utf-8") }, 304: NOT_MODIFIED },
  };
  paths["/api/stories"] = {
    tags: ["api"],
    operationId: "listStories",
    summary: "Stories as JSON, a page at a time",
    description:
      "The feeds' filters, newest first. `limit` is the page size. Follow `next` with `cursor` and the same filters; a page starts strictly after the previous one's last story, so stories stored meanwhile never shift or repeat a later page.",
    parameters: [
      ...filters,
      {
        name: "cursor",
        in: "query",
        required: false,
        description:
          "Where the page starts: the `next` value of the previous page. Left out for the first page.",
        schema: STRING,
      },
    ],
    responses: {
      200: { description: "One page of stories.", content: json(ref(StoryPageSchema)) },
      304: NOT_MODIFIED,
      400: BAD_PARAMETER,
      429: TOO_MANY_SEARCHES,
      503: UNAVAILABLE,
    },
  };
  paths["/api/stories/{id}"] = {
    tags: ["api"],
    operationId: "getStory",
    summary: "One story with every report and the evidence for each tag",
    parameters: [
      {
        name: "id",
        in: "path",
        required: true,
        description: "The story's id, as /api/stories lists it.",
        schema: { type: "string", pattern: STORY_ID.source },
      },
    ],
    responses: {
      200: { description: "The story.", content: json(ref(StoryDetailSchema)) },
      400: { ...BAD_PARAMETER, description: "The id is malformed." },
      404: {
        description: "No such story: never stored, or past the retention period.",
        content: json(ref(ErrorSchema)),
      },
      503: UNAVAILABLE,
    },
  };
  paths["/api/tags"] = {
    tags: ["api"],
    operationId: "countTags",
    summary: "Stories per country, region, crisis, language, feed and custom tag, for facets",
    description: `Counted from the indexes, within the indexed filters and the time window given; ${UNCOUNTED_PARAMS.join(", ")} are refused. Without filters each count costs one Redis call whatever the number of stories; a filter costs about the size of the set it keeps.`,
    parameters: counted,
    responses: {
      200: { description: "The counts.", content: json(ref(TagCountsSchema)) },
      304: NOT_MODIFIED,
      400: BAD_PARAMETER,
      503: UNAVAILABLE,
    },
  };
  paths["/api/events"] = {
    tags: ["api"],
    operationId: "listEvents",
    summary: "The events of the stories the feeds' filters find",
    parameters: filters,
    responses: {
      200: { description: "The events.", content: json(ref(EventListSchema)) },
      304: NOT_MODIFIED,
      400: BAD_PARAMETER,
      429: TOO_MANY_SEARCHES,
      503: UNAVAILABLE,
    },
  };
  paths["/events/{file}"] = {
    tags: ["feeds"],
    operationId: "getEvent",
    summary: "One event: its page, or a feed of its developments",
    description:
      "`<id>` is the event's HTML page (its developments newest first, with their sources); `<id>.xml`, `<id>.atom` and `<id>.json` are RSS, Atom and JSON Feed documents to follow that one event.",
    parameters: [
      {
        name: "file",
        in: "path",
        required: true,
        description: "The event id, optionally followed by .xml, .atom or .json.",
        schema: STRING,
      },
    ],
    responses: {
      200: { description: "The page or the feed." },
      304: NOT_MODIFIED,
      404: { description: "No such event: never stored, or expired.", content: json(ref(ErrorSchema)) },
      503: UNAVAILABLE,
    },
  };
  paths["/api/feeds"] = {
    tags: ["api"],
    operationId: "listFeeds",
    summary: "Every watched feed and its polling status",
    parameters: [],
    responses: {
      200: {
        description: "One entry per configured feed.",
        content: json({ type: "array", items: ref(FeedStatusSchema) }),
      },
      503: UNAVAILABLE,
    },
  };
  paths["/opml"] = {
    tags: ["feeds"],
    operationId: "opml",
    summary: "The watched feeds as OPML, for a feed reader to subscribe to them one by one",
    parameters: [],
    responses: { 200: { description: "OPML 2.0.", content: body("text/x-opml; charset=utf-8") } },
  };
  paths["/healthz"] = {
    tags: ["operations"],
    operationId: "health",
    summary: "Alive: the process serves requests (Redis is not asked)",
    parameters: [],
    responses: { 200: { description: "Alive.", content: json(ref(HealthSchema)) } },
  };
  paths["/readyz"] = {
    tags: ["operations"],
    operationId: "ready",
    summary: "Ready: Redis and the poll queue answer",
    parameters: [],
    responses: {
      200: { description: "Ready.", content: json(ref(ReadinessSchema)) },
      503: { description: "Not ready; says which part is not.", content: json(ref(ReadinessSchema)) },
    },
  };
  paths["/metrics"] = {
    tags: ["operations"],
    operationId: "metrics",
    summary: "Prometheus metrics: polls, errors, items, stories, dedup merges, queue depth, request latency",
    parameters: [],
    responses: {
      200: {
        description: "Prometheus text format.",
        content: body("text/plain; version=0.0.4; charset=utf-8"),
      },
      503: { description: "Redis is unreachable.", content: body("text/plain; charset=utf-8") },
    },
  };
  paths["/openapi.json"] = {
    tags: ["operations"],
    operationId: "openapi",
    summary: "This document (OpenAPI 3.1)",
    parameters: [],
    responses: {
      200: { description: "The document.", content: json({ type: "object" }) },
      304: NOT_MODIFIED,
    },
  };
  paths["/api"] = {
    tags: ["operations"],
    operationId: "reference",
    summary: "This document as an HTML page",
    parameters: [],
    responses: {
      200: { description: "The page.", content: body("text/html; charset=utf-8") },
      304: NOT_MODIFIED,
    },
  };

  const posts: Record<string, Operation> = {};
  posts[HUB_PATH] = {
    tags: ["feeds"],
    operationId: "websubHub",
    summary: "The WebSub hub: subscribe to any feed or view and have its updates POSTed to you",
    description:
      "A form-encoded request (W3C WebSub): hub.mode (subscribe or unsubscribe), hub.topic (a feed or view URL of this service, with its query), hub.callback, and optionally hub.lease_seconds and hub.secret. The hub then verifies the intent with a GET to the callback carrying hub.challenge.",
    parameters: [],
    responses: {
      202: { description: "Accepted: the verification of intent follows." },
      400: {
        description: "The request cannot be honoured; the body says why.",
        content: body("text/plain; charset=UTF-8"),
      },
      415: { description: "Not form-encoded.", content: body("text/plain; charset=UTF-8") },
      429: {
        description: "The topic or the callback's host holds the most subscriptions allowed.",
        content: body("text/plain; charset=UTF-8"),
      },
      503: {
        description: "This process cannot queue verifications.",
        content: body("text/plain; charset=UTF-8"),
      },
    },
  };
  paths["/api/alerts"] = {
    tags: ["api"],
    operationId: "listAlerts",
    summary: "Every configured alert and how its deliveries go",
    parameters: [],
    responses: {
      200: {
        description: "One entry per configured alert.",
        content: json({ type: "array", items: ref(AlertStatusSchema) }),
      },
      503: UNAVAILABLE,
    },
  };

  const registered = z.toJSONSchema(components, { uri: SCHEMA_URI, io: "output", target: "draft-2020-12" });
  return {
    openapi: "3.1.0",
    info: {
      title: "sitrep",
      version: VERSION,
      description:
        "Crisis news merged from many feeds, tagged with countries, regions and kinds of crisis, served as feeds, a page and JSON.",
    },
    tags: [
      { name: "feeds", description: "What feed readers subscribe to." },
      { name: "page", description: "What people read in a browser." },
      { name: "api", description: "JSON for operators and tools." },
      { name: "operations", description: "Probes, metrics and this document." },
    ],
    paths: Object.fromEntries([
      ...Object.entries(paths).map(([path, operation]) => [path, { get: operation }]),
      ...Object.entries(posts).map(([path, operation]) => [path, { post: operation }]),
    ]),
    components: {
      schemas: Object.fromEntries(
        Object.entries(registered.schemas).map(([id, schema]) => [id, withoutDialect(schema as JsonSchema)]),
      ),
    },
  };
}
