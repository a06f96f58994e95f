import { Parser } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument, Parameter } from "../../src/api/openapi.ts";
import { PAGE_CSP } from "../../src/api/page-route.ts";
import {
  ErrorSchema,
  FeedStatusSchema,
  HealthSchema,
  ParamErrorSchema,
  ReadinessSchema,
} from "../../src/api/schemas.ts";
import { REGION_SLUGS } from "../../src/model/regions.ts";
import { CRISES } from "../../src/model/tags.ts";
import { configTags, filterContext } from "../../src/query/context.ts";
import { QueryError } from "../../src/query/error.ts";
import { parseFilter } from "../../src/query/filter.ts";
import { DEFAULT_LIMIT, MAX_LIMIT, PARAMS } from "../../src/query/params.ts";
import { ConfigSchema } from "../../src/setup/config-schema.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { createTestApi, NOW, saveSeed, TAGGED_CONFIG, TAGGED_SEEDS } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-openapi");
const { app, keys } = createTestApi(redis, prefix, { config: TAGGED_CONFIG });
const config = ConfigSchema.parse(TAGGED_CONFIG);
let doc: OpenApiDocument;

beforeAll(async () => {
  for (const seed of TAGGED_SEEDS) await saveSeed(redis, keys, seed);
  const response = await app.request("/openapi.json");
  expect(response.status).toBe(200);
  doc = (await response.json()) as OpenApiDocument;
});
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

type JsonSchema = Record<string, unknown>;
const operations = () => Object.entries(doc.paths).map(([path, item]) => ({ path, operation: item.get }));
const parameter = (path: string, name: string): Parameter => {
  const found = doc.paths[path]?.get.parameters.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${path} documents no parameter ${name}`);
  return found;
};
const itemsOf = (schema: JsonSchema) => (schema.type === "array" ? (schema.items as JsonSchema) : schema);
const enumOf = (path: string, name: string) => itemsOf(parameter(path, name).schema).enum as string[];
const mediaType = (type: string | null) => (type ?? "").split(";")[0]?.trim();

/** A request for the documented path, with the first accepted value of each path parameter. */
function example(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const schema = parameter(path, name).schema;
    return name === "id" ? "aktau-fuel" : ((schema.enum as string[] | undefined)?.[0] ?? "");
  });
}

function refuses(params: Record<string, string>, param: string): void {
  let error: unknown;
  try {
    parseFilter(params, filterContext(config, NOW));
  } catch (caught) {
    error = caught;
  }
  expect(error, JSON.stringify(params)).toBeInstanceOf(QueryError);
  expect((error as QueryError).param).toBe(param);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and every $ref in it resolves", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
      expect(doc.components.schemas, ref).toHaveProperty([name]);
    }
  });

  it("documents every route the app serves (the admin routes, off without a token, aside)", () => {
    const served = app.routes
      .filter((route) => route.method !== "ALL" && !route.path.startsWith("/admin"))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
    const documented = operations().map(({ path }) => `GET ${path}`);
    expect(served.length).toBeGreaterThan(10);
    expect(new Set(documented)).toEqual(new Set(served));
  });

  it("says truly what each route answers: a documented status and content type", async () => {
    for (const { path, operation } of operations()) {
      const response = await app.request(example(path));
      const documented = operation.responses[String(response.status)];
      expect(documented, `${path} answered ${response.status}`).toBeDefined();
      const types = Object.keys(documented?.content ?? {}).map(mediaType);
      expect(types, path).toContain(mediaType(response.headers.get("content-type")));
    }
  });

  it("lists the crisis, region and country codes the filters accept, and nothing else", () => {
    expect(enumOf("/feed.xml", "crisis")).toEqual([...CRISES]);
    expect(enumOf("/feed.xml", "region")).toEqual([...REGION_SLUGS]);
    expect(enumOf("/feed.xml", "country")).toHaveLength(250);
    for (const name of ["country", "region", "crisis"]) {
      for (const value of enumOf("/feed.xml", name))
        parseFilter({ [name]: value }, filterContext(config, NOW));
      refuses({ [name]: "zz-none" }, name);
    }
    expect(enumOf("/feed.xml", "country")).not.toContain("EU");
    refuses({ country: "EU" }, "country");
  });

  it("lists the configured feeds and custom tags, as the filters check them", () => {
    expect(enumOf("/api/stories", "feed")).toEqual(config.feeds.map((feed) => feed.id));
    expect(enumOf("/api/stories", "tag")).toEqual(["election", "wire-service"]);
    expect(enumOf("/api/stories", "tag")).toEqual(configTags(config));
    refuses({ tag: "vote" }, "tag");
    refuses({ feed: "nowhere" }, "feed");
  });

  it("gives the pattern languages are checked against, and the limit's range and default", () => {
    const lang = new RegExp(itemsOf(parameter("/feed.json", "lang").schema).pattern as string);
    expect(["en", "kk", "ast"].every((code) => lang.test(code))).toBe(true);
    expect(lang.test("english")).toBe(false);
    refuses({ lang: "english" }, "lang");

    const limit = parameter("/feed.json", "limit").schema;
    expect(limit).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT });
    expect(parseFilter({}, filterContext(config, NOW)).limit).toBe(limit.default);
    expect(parseFilter({ limit: String(limit.maximum) }, filterContext(config, NOW)).limit).toBe(MAX_LIMIT);
    refuses({ limit: String((limit.maximum as number) + 1) }, "limit");
    refuses({ limit: String((limit.minimum as number) - 1) }, "limit");
  });

  it("lists every view file, each served", async () => {
    const files = enumOf("/views/{file}", "file");
    expect(files).toHaveLength(Object.keys(config.views).length * 3);
    for (const file of files) expect((await app.request(`/views/${file}`)).status, file).toBe(200);
  });

  it("documents the parameters each route takes, and the route refuses the others", async () => {
    const names = (path: string) => doc.paths[path]?.get.parameters.map((entry) => entry.name);
    for (const path of ["/feed.xml", "/feed.atom", "/feed.json", "/"])
      expect(names(path)).toEqual([...PARAMS]);
    expect(names("/api/stories")).toEqual([...PARAMS, "cursor"]);
    const counted = names("/api/tags") ?? [];
    expect(counted).toEqual(PARAMS.filter((name) => !["q", "exclude", "limit"].includes(name)));
    for (const name of PARAMS.filter((param) => !counted.includes(param))) {
      expect((await app.request(`/api/tags?${name}=1`)).status, name).toBe(400);
    }
  });

  it("describes the JSON the other routes answer with", async () => {
    const json = async (path: string) => (await app.request(path)).json();
    FeedStatusSchema.array().parse(await json("/api/feeds"));
    HealthSchema.parse(await json("/healthz"));
    ReadinessSchema.parse(await json("/readyz"));
    ParamErrorSchema.parse(await json("/feed.xml?crisis=riot"));
    ParamErrorSchema.parse(await json("/views/nope.xml"));
    ErrorSchema.parse(await json("/api/stories/AAAAAAAAAAAAAAAA"));
  });

  it("is served with validators and answers 304", async () => {
    const first = await app.request("/openapi.json");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"/);
    expect((await app.request("/openapi.json", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});

/** The elements of a page with their attributes, and its text. */
function parseHtml(html: string) {
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  let text = "";
  const parser = new Parser({
    onopentag: (name, attributes) => elements.push({ name, attributes }),
    ontext: (chunk) => {
      text += chunk;
    },
  });
  parser.write(html);
  parser.end();
  return { elements, text };
}

describe("GET /api, the reference page", () => {
  it("is server-rendered HTML under the page's CSP, with no script and no inline style", async () => {
    const response = await app.request("/api");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(PAGE_CSP);
    const { elements } = parseHtml(await response.text());
    expect(elements.filter((element) => element.name === "script")).toEqual([]);
    expect(elements.filter((element) => "style" in element.attributes || element.name === "style")).toEqual(
      [],
    );
    expect(elements.find((element) => element.name === "link")?.attributes.href).toBe("/static/site.css");
  });

  it("lists each operation with its parameters' accepted values and the response shapes, its links resolving", async () => {
    const { elements, text } = parseHtml(await (await app.request("/api")).text());
    for (const { path } of operations()) expect(text).toContain(`GET ${path}`);
    for (const crisis of CRISES) expect(text).toContain(crisis);
    for (const value of [
      "election",
      "wire-service",
      "kz-elections.atom",
      "^[a-z]{2,3}$",
      `1 to ${MAX_LIMIT}`,
    ]) {
      expect(text).toContain(value);
    }
    for (const schema of Object.keys(doc.components.schemas)) expect(text).toContain(schema);
    expect(text).toContain("sources: Source[]");
    const ids = new Set(elements.map((element) => element.attributes.id).filter(Boolean));
    const anchors = elements
      .map((element) => element.attributes.href ?? "")
      .filter((href) => href.startsWith("#"));
    expect(anchors.length).toBeGreaterThan(20);
    for (const anchor of anchors) expect(ids, anchor).toContain(anchor.slice(1));
  });
});
