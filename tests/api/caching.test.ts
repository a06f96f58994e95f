import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { saveSeed, seededTestApi } from "./harness.ts";

const { app, keys, redis } = seededTestApi("api-caching");

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe("HTTP caching of feeds", () => {
  it("sends validators, a public max-age and Vary, and the same ETag for the same content", async () => {
    const first = await get("/feed.atom?country=KZ");
    const second = await get("/feed.atom?country=kz");
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(first.headers.get("vary")).toContain("Accept-Encoding");
    expect(first.headers.get("last-modified")).toBe("Tue, 10 Mar 2026 09:15:00 GMT");
    expect(first.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(await second.text()).toBe(await first.text());
  });

  it("answers 304 with no body to a matching If-None-Match, strong, weak or in a list", async () => {
    const etag = (await get("/feed.xml")).headers.get("etag") ?? "";
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = await get("/feed.xml", { "If-None-Match": header });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("cache-control")).toContain("max-age=60");
    }
    expect((await get("/feed.xml", { "If-None-Match": '"stale"' })).status).toBe(200);
  });

  it("answers 304 to If-Modified-Since at or after Last-Modified, unless If-None-Match disagrees", async () => {
    const lastModified = (await get("/feed.json")).headers.get("last-modified") ?? "";
    expect((await get("/feed.json", { "If-Modified-Since": lastModified })).status).toBe(304);
    expect((await get("/feed.json", { "If-Modified-Since": "Tue, 10 Mar 2026 09:14:59 GMT" })).status).toBe(
      200,
    );
    expect((await get("/feed.json", { "If-Modified-Since": "not a date" })).status).toBe(200);
    // If-None-Match wins when both are sent.
    const both = await get("/feed.json", { "If-Modified-Since": lastModified, "If-None-Match": '"stale"' });
    expect(both.status).toBe(200);
  });

  it("gzips for readers that accept it, with a weak ETag that still validates", async () => {
    const plain = await get("/feed.xml");
    const zipped = await get("/feed.xml", { "Accept-Encoding": "gzip" });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("etag")).toBe(`W/${plain.headers.get("etag")}`);
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")).toBe(await plain.text());
    const revalidated = await get("/feed.xml", {
      "Accept-Encoding": "gzip",
      "If-None-Match": zipped.headers.get("etag") ?? "",
    });
    expect(revalidated.status).toBe(304);
  });

  it("serves repeated requests from the cache until the store version changes", async () => {
    const before = await get("/feed.json?country=BD");
    const etag = before.headers.get("etag");
    // Edit the stored story behind the store's back: the version does not move, so the cache holds.
    const story = keys.story("khulna-embankment");
    const item = JSON.parse((await redis.hget(story, "item")) ?? "{}") as { title: string };
    await redis.hset(story, "item", JSON.stringify({ ...item, title: "Embankment repaired near Khulna" }));
    const cached = await get("/feed.json?country=BD");
    expect(cached.headers.get("etag")).toBe(etag);
    expect(await cached.text()).not.toContain("Embankment repaired");
    // Any store write bumps the version; the next request renders afresh.
    await redis.incr(keys.version);
    const fresh = await get("/feed.json?country=BD");
    expect(fresh.headers.get("etag")).not.toBe(etag);
    expect(await fresh.text()).toContain("Embankment repaired near Khulna");
    expect((await get("/feed.json?country=BD", { "If-None-Match": etag ?? "" })).status).toBe(200);
  });

  it("changes the ETag and Last-Modified when a new story is saved", async () => {
    const before = await get("/feed.atom");
    await saveSeed(redis, keys, {
      id: "osh-border",
      feedId: "steppe-wire",
      title: "Border crossing near Osh reopens after a week",
      summary: "Traders queued since dawn with lorries of dried fruit.",
      published: "2026-03-10T11:00:00.000Z",
      language: "en",
      countries: ["KG"],
      regions: ["central-asia"],
      crises: [],
    });
    const after = await get("/feed.atom");
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(after.headers.get("last-modified")).toBe("Tue, 10 Mar 2026 11:00:00 GMT");
    expect(await after.text()).toContain("Border crossing near Osh reopens");
  });
});
