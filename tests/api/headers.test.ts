import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_CSP } from "../../src/api/data-policy.ts";
import { PAGE_CSP } from "../../src/api/page-route.ts";
import { createQueue } from "../../src/jobs/queue.ts";
import { connect, dropPrefix, REDIS_URL, testPrefix } from "../helpers/redis.ts";
import { createTestApi, SEEDS, saveSeed } from "./harness.ts";

const redis = connect();
const prefix = testPrefix("api-headers");
const queueConnection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
const queue = createQueue(queueConnection, prefix);
const TOKEN = "correct-horse-battery-staple";
const { app, keys } = createTestApi(redis, prefix, { queue, adminToken: TOKEN });

beforeAll(async () => {
  for (const seed of SEEDS) await saveSeed(redis, keys, seed);
});
afterAll(async () => {
  await queue.close();
  await queueConnection.quit();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("Content-Security-Policy", () => {
  it("locks feeds, JSON and other data into a script-less sandbox, with nosniff", async () => {
    const served = [
      "/feed.xml",
      "/feed.atom?country=KZ",
      "/feed.json",
      "/views/kz-unrest.xml",
      "/views/kz-unrest.json",
      "/api/feeds",
      "/opml",
      "/healthz",
    ];
    const refused = ["/feed.json?country=ZZ", "/views/nope.json", "/no-such-page"];
    for (const path of [...served, ...refused]) {
      const response = await app.request(path);
      expect(response.ok, path).toBe(served.includes(path));
      expect(response.headers.get("content-security-policy"), path).toBe(DATA_CSP);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
    expect(DATA_CSP).toBe("default-src 'none'; sandbox");
  });

  it("keeps the page's own policy on the page and its error page", async () => {
    for (const path of ["/", "/?country=KZ", "/?country=ZZ"]) {
      const response = await app.request(path);
      expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(response.headers.get("content-security-policy"), path).toBe(PAGE_CSP);
    }
  });

  it("leaves the admin dashboard's scripts alone", async () => {
    const response = await app.request("/admin/", { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toBeNull();
  });
});
