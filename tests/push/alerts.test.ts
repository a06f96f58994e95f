import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlertStatusSchema } from "../../src/api/schemas.ts";
import { createQueue, POLL_JOB } from "../../src/jobs/queue.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { storeKeys } from "../../src/store/keys.ts";
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

const SECRET = "a-webhook-secret-of-some-length";
const redis = connect();
const entries = new Map<string, FixtureEntry[]>([
  [
    "steppe",
    [
      {
        id: "rally",
        title: "Thousands rally in the main square over the fuel price rise",
        summary: "Police watched from side streets as the crowd grew through the afternoon.",
        published: new Date(Date.now() - 3_600_000).toISOString(),
      },
    ],
  ],
  [
    "alpine",
    [
      {
        id: "avalanche",
        title: "Avalanche warning raised to the highest level in the valleys",
        summary: "Ski lifts stay closed until the snow settles.",
        published: new Date(Date.now() - 3_600_000).toISOString(),
      },
    ],
  ],
  ["steppe-two", []],
]);

let feeds: TestServer;
let hooks: TestServer & { received: Received[] };
let sitrep: Sitrep;

beforeAll(async () => {
  feeds = await startFeeds(entries);
  hooks = await startReceiver((request) => ({ status: request.path === "/broken" ? 500 : 204 }));
  const config = validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [
        { id: "steppe", url: `${feeds.url}/steppe.xml`, countries: ["KZ"], interval: "1h" },
        { id: "steppe-two", url: `${feeds.url}/steppe-two.xml`, countries: ["KZ"], interval: "1h" },
        { id: "alpine", url: `${feeds.url}/alpine.xml`, countries: ["AT"], interval: "1h" },
      ],
      views: { kazakhstan: { country: ["KZ"] } },
      alerts: [
        {
          id: "kz-desk",
          view: "kazakhstan",
          url: `${hooks.url}/desk`,
          secret: SECRET,
          on: ["new", "updated"],
        },
        { id: "kz-broken", view: "kazakhstan", url: `${hooks.url}/broken` },
      ],
    },
    "test",
  );
  sitrep = await startSitrep("alerts", config);
});

afterAll(async () => {
  await sitrep.close();
  await hooks.close();
  await feeds.close();
  await redis.quit();
});

const deliveries = (path: string) => hooks.received.filter((request) => request.path === path);

describe("an alert on a view", () => {
  it("POSTs a signed JSON delivery for a new matching story and none for others", async () => {
    const keys = storeKeys(sitrep.prefix);
    await waitFor(async () => {
      const statuses = await Promise.all(["steppe", "alpine"].map((id) => readStatus(redis, keys, id)));
      return statuses.every((status) => status.lastSuccessAt);
    }, "the first polls");
    await waitFor(() => pushQueueIdle(sitrep.prefix), "the push queue to settle");

    const [delivery, ...more] = deliveries("/desk");
    expect(more).toEqual([]);
    if (!delivery) throw new Error("no delivery");
    const expected = `sha256=${createHmac("sha256", SECRET).update(delivery.body).digest("hex")}`;
    expect(delivery.method).toBe("POST");
    expect(delivery.headers["content-type"]).toBe("application/json");
    expect(delivery.headers["x-sitrep-signature"]).toBe(expected);
    const body = JSON.parse(delivery.body.toString("utf8"));
    expect(body).toMatchObject({ alert: "kz-desk", view: "kazakhstan", event: "new" });
    expect(body.story.title).toBe("Thousands rally in the main square over the fuel price rise");
    expect(body.story._sitrep.countries).toEqual(["KZ"]);
    expect(body.story.id).toMatch(/^tag:sitrep\.dev,2025:story\//);
    // The Austrian story matches no alert's view: nothing else reached the receiver.
    expect(hooks.received.every((request) => request.path === "/desk" || request.path === "/broken")).toBe(
      true,
    );
  });

  it("sends an update when a later report joins the story, once", async () => {
    entries.set("steppe-two", [
      {
        id: "rally-2",
        title: "Thousands rally in the main square over the fuel price rise",
        summary: "The crowd grew through the afternoon while police watched.",
        published: new Date(Date.now() - 1_800_000).toISOString(),
      },
    ]);
    const queue = createQueue(redisOptions(REDIS_URL), sitrep.prefix);
    await queue.add(POLL_JOB, { feedId: "steppe-two" });
    await queue.add(POLL_JOB, { feedId: "steppe-two" });
    await queue.close();
    await waitFor(() => deliveries("/desk").length === 2, "the update delivery");
    await waitFor(() => pushQueueIdle(sitrep.prefix), "the push queue to settle");
    const events = deliveries("/desk").map((request) => JSON.parse(request.body.toString("utf8")).event);
    expect(events).toEqual(["new", "updated"]);
  });

  it("counts failed deliveries in /api/alerts and /metrics, and hides the webhook's path", async () => {
    await waitFor(() => deliveries("/broken").length > 0, "a delivery to the broken receiver");
    const alerts = await waitFor(async () => {
      const list = (await (await fetch(`${sitrep.url}/api/alerts`)).json()) as {
        id: string;
        failed: number;
      }[];
      return list.find((alert) => alert.id === "kz-broken" && alert.failed > 0) && list;
    }, "the failure to be counted");
    // The shape the OpenAPI document promises.
    AlertStatusSchema.array().parse(alerts);
    expect(alerts).toEqual([
      expect.objectContaining({ id: "kz-desk", delivered: 2, failed: 0, target: hooks.url, signed: true }),
      expect.objectContaining({ id: "kz-broken", delivered: 0, lastError: "HTTP 500", signed: false }),
    ]);
    const metrics = await (await fetch(`${sitrep.url}/metrics`)).text();
    expect(metrics).toContain('sitrep_alert_deliveries_total{alert="kz-desk",outcome="delivered"} 2');
    expect(metrics).toMatch(/sitrep_alert_deliveries_total\{alert="kz-broken",outcome="failed"\} [1-9]/);
  });
});
