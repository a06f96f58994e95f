import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueue, POLL_JOB } from "../../src/jobs/queue.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { pushKeys, storeKeys } from "../../src/store/keys.ts";
import { topicId } from "../../src/websub/topic.ts";
import type { FixtureEntry } from "../helpers/feeds.ts";
import { redisOptions, waitFor } from "../helpers/processes.ts";
import { connect, REDIS_URL } from "../helpers/redis.ts";
import type { TestServer } from "../helpers/server.ts";
import {
  pushQueueIdle,
  type Received,
  type Sitrep,
  startFeeds,
  startReceiver,
  startSitrep,
} from "./harness.ts";

const redis = connect();
const hour = (back: number) => new Date(Date.now() - back * 3_600_000).toISOString();
const entries = new Map<string, FixtureEntry[]>([
  [
    "steppe",
    [
      {
        id: "fuel",
        title: "Fuel queues stretch for kilometres outside the western oil towns",
        summary: "Drivers waited overnight for deliveries that did not come.",
        published: hour(5),
      },
    ],
  ],
]);
const SECRETS: Record<string, string> = { "/keep": "keep-secret", "/leave": "leave-secret" };

let feeds: TestServer;
let subscriber: TestServer & { received: Received[] };
let sitrep: Sitrep;
let topic: string;

beforeAll(async () => {
  feeds = await startFeeds(entries);
  // Confirms every verification by echoing the challenge, except at /liar.
  subscriber = await startReceiver((request) =>
    request.method === "GET"
      ? { status: 200, body: request.path === "/liar" ? "no" : (request.query.get("hub.challenge") ?? "") }
      : { status: 204 },
  );
  const config = validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [{ id: "steppe", url: `${feeds.url}/steppe.xml`, countries: ["KZ"], interval: "1h" }],
      views: { kazakhstan: { country: ["KZ"] } },
      websub: { maxPerTopic: 2 },
    },
    "test",
  );
  sitrep = await startSitrep("websub", config);
  topic = `${sitrep.url}/views/kazakhstan.json`;
  await waitFor(
    async () => (await readStatus(redis, storeKeys(sitrep.prefix), "steppe")).lastSuccessAt,
    "the first poll",
  );
});

afterAll(async () => {
  await sitrep.close();
  await subscriber.close();
  await feeds.close();
  await redis.quit();
});

function hub(fields: Record<string, string>): Promise<Response> {
  return fetch(`${sitrep.url}/websub`, { method: "POST", body: new URLSearchParams(fields) });
}

const subscribe = (path: string, extra: Record<string, string> = {}) =>
  hub({
    "hub.mode": "subscribe",
    "hub.topic": topic,
    "hub.callback": `${subscriber.url}${path}`,
    ...(SECRETS[path] ? { "hub.secret": SECRETS[path] } : {}),
    ...extra,
  });

const requests = (path: string, method: string) =>
  subscriber.received.filter((request) => request.path === path && request.method === method);
const callbacks = async () =>
  (await redis.zrange(pushKeys(sitrep.prefix).hubLeases(topicId(topic)), 0, -1)).map(
    (callback) => new URL(callback).pathname,
  );

async function publish(entry: FixtureEntry): Promise<void> {
  entries.set("steppe", [...(entries.get("steppe") ?? []), entry]);
  const queue = createQueue(redisOptions(REDIS_URL), sitrep.prefix);
  await queue.add(POLL_JOB, { feedId: "steppe" });
  await queue.close();
}

describe("the WebSub hub", () => {
  it("is advertised by every feed and view, in the document and in Link headers", async () => {
    const response = await fetch(topic);
    expect(response.headers.get("link")).toBe(`<${sitrep.url}/websub>; rel="hub", <${topic}>; rel="self"`);
    const feed = (await response.json()) as { hubs: unknown; feed_url: string };
    expect(feed.hubs).toEqual([{ type: "WebSub", url: `${sitrep.url}/websub` }]);
    expect(feed.feed_url).toBe(topic);
    const atom = await (await fetch(`${sitrep.url}/feed.atom?country=kz`)).text();
    expect(atom).toContain(`<link rel="hub" href="${sitrep.url}/websub"/>`);
    expect(atom).toContain(
      `<link rel="self" type="application/atom+xml" href="${sitrep.url}/feed.atom?country=KZ"/>`,
    );
  });

  it("refuses requests it cannot honour, saying why", async () => {
    const outside = await subscribe("/keep", { "hub.topic": "https://elsewhere.example/feed.xml" });
    expect(outside.status).toBe(400);
    expect(await outside.text()).toContain("hub.topic must be a feed or view URL");
    const badView = await subscribe("/keep", { "hub.topic": `${sitrep.url}/views/nowhere.json` });
    expect(await badView.text()).toContain('unknown view "nowhere"');
    const metadata = await hub({
      "hub.mode": "subscribe",
      "hub.topic": topic,
      "hub.callback": "http://169.254.169.254/latest/meta-data/",
    });
    expect(metadata.status).toBe(400);
    expect(await metadata.text()).toContain("hub.callback refused");
  });

  it("holds a subscription only once the callback echoes the challenge, within the topic's limit", async () => {
    for (const path of ["/keep", "/leave", "/liar"]) expect((await subscribe(path)).status).toBe(202);
    await waitFor(async () => (await callbacks()).length === 2, "two verified subscriptions");
    await waitFor(() => pushQueueIdle(sitrep.prefix), "the verifications to finish");
    expect((await callbacks()).sort()).toEqual(["/keep", "/leave"]);
    const [check] = requests("/keep", "GET");
    expect(check?.query.get("hub.mode")).toBe("subscribe");
    expect(check?.query.get("hub.topic")).toBe(topic);
    expect(check?.query.get("hub.lease_seconds")).toBe("864000");
    expect(requests("/liar", "GET")).toHaveLength(1);
    // The topic is full now.
    const full = await subscribe("/late");
    expect(full.status).toBe(429);
  });

  it("distributes an updated view, signed, with the hub and topic as Link headers", async () => {
    await publish({
      id: "strike",
      title: "Oil workers in the west walk out over unpaid wages",
      summary: "The strike closed two pumping stations by midday.",
      published: hour(1),
    });
    await waitFor(() => requests("/keep", "POST").length === 1, "the distribution");
    const [delivery] = requests("/keep", "POST");
    if (!delivery) throw new Error("no distribution");
    expect(delivery.headers["x-hub-signature"]).toBe(
      `sha256=${createHmac("sha256", "keep-secret").update(delivery.body).digest("hex")}`,
    );
    expect(delivery.headers.link).toBe(`<${sitrep.url}/websub>; rel="hub", <${topic}>; rel="self"`);
    expect(delivery.headers["content-type"]).toBe("application/feed+json; charset=utf-8");
    const document = JSON.parse(delivery.body.toString("utf8")) as { items: { title: string }[] };
    expect(document.items.map((item) => item.title)).toContain(
      "Oil workers in the west walk out over unpaid wages",
    );
    // The same bytes a reader gets.
    expect(delivery.body.toString("utf8")).toBe(await (await fetch(topic)).text());
    await waitFor(() => requests("/leave", "POST").length === 1, "the second subscriber's distribution");
  });

  it("sends nothing after an unsubscription or the end of a lease", async () => {
    const response = await hub({
      "hub.mode": "unsubscribe",
      "hub.topic": topic,
      "hub.callback": `${subscriber.url}/leave`,
    });
    expect(response.status).toBe(202);
    await waitFor(async () => !(await callbacks()).includes("/leave"), "the unsubscription");
    expect(requests("/leave", "GET").at(-1)?.query.get("hub.mode")).toBe("unsubscribe");
    expect((await subscribe("/brief", { "hub.lease_seconds": "1" })).status).toBe(202);
    await waitFor(async () => (await callbacks()).includes("/brief"), "the brief subscription");
    expect(requests("/brief", "GET")[0]?.query.get("hub.lease_seconds")).toBe("1");
    const brief = JSON.parse(
      (await redis.hget(
        pushKeys(sitrep.prefix).hubSubscriptions(topicId(topic)),
        `${subscriber.url}/brief`,
      )) ?? "{}",
    ) as { expiresAt: number };
    await waitFor(() => Date.now() > brief.expiresAt, "the brief lease to run out");
    const [leaving, briefly] = [requests("/leave", "POST").length, requests("/brief", "POST").length];

    await publish({
      id: "curfew",
      title: "Night curfew declared in the oil towns after the strike spreads",
      summary: "Shops must close at eight in the evening.",
      published: hour(0.5),
    });
    await waitFor(
      () => requests("/keep", "POST").length === 2,
      "the next distribution to the subscriber that stayed",
    );
    await waitFor(() => pushQueueIdle(sitrep.prefix), "the other distributions to finish");
    expect(requests("/leave", "POST")).toHaveLength(leaving);
    expect(requests("/brief", "POST")).toHaveLength(briefly);
    expect(await callbacks()).toEqual(["/keep"]);
  });
});
