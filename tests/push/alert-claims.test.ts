import { afterAll, describe, expect, it } from "vitest";
import { matchAlerts } from "../../src/alerts/match-alerts.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { pushKeys, storeKeys } from "../../src/store/keys.ts";
import { loadStories, saveReport } from "../../src/store/stories.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeReport } from "../helpers/stories.ts";

const prefix = testPrefix("alert-claims");
const clients = Array.from({ length: 4 }, connect);
const [redis] = clients as [ReturnType<typeof connect>];
const NOW = new Date("2026-11-20T12:00:00Z");
const config = validateConfig(
  {
    feeds: [{ id: "wire", url: "https://wire.example/rss" }],
    views: { kazakhstan: { country: ["KZ"] } },
    alerts: [{ id: "desk", view: "kazakhstan", url: "https://hooks.example/", on: ["new", "updated"] }],
  },
  "test",
);

afterAll(async () => {
  await dropPrefix(redis, prefix);
  await Promise.all(clients.map((client) => client.quit()));
});

async function stories(...ids: string[]) {
  return new Map((await loadStories(redis, storeKeys(prefix), ids)).map((story) => [story.id, story]));
}

describe("alert claims", () => {
  it("deliver each story and event once, however many workers see the change at once", async () => {
    await saveReport(
      redis,
      storeKeys(prefix),
      makeReport(makeItem("a"), { countries: ["KZ"] }),
      NOW,
      86_400_000,
    );
    const change = { storyId: "a", created: true, revision: "a" };
    const found = await stories("a");
    const runs = await Promise.all(
      clients.map((client) => matchAlerts(client, pushKeys(prefix), config, found, [change], NOW)),
    );
    expect(runs.flat().map((delivery) => delivery.event)).toEqual(["new"]);

    // A report joining later is an update, once; the same report seen again is nothing.
    const joined = { storyId: "a", created: false, revision: "b" };
    const again = await Promise.all(
      clients.map((client) => matchAlerts(client, pushKeys(prefix), config, found, [joined, change], NOW)),
    );
    expect(again.flat().map((delivery) => delivery.event)).toEqual(["updated"]);
  });

  it("calls a story new to an alert when a joining report first makes it match", async () => {
    await saveReport(redis, storeKeys(prefix), makeReport(makeItem("c")), NOW, 86_400_000);
    const first = await matchAlerts(
      redis,
      pushKeys(prefix),
      config,
      await stories("c"),
      [{ storyId: "c", created: true, revision: "c" }],
      NOW,
    );
    expect(first).toEqual([]);
    await saveReport(
      redis,
      storeKeys(prefix),
      makeReport(makeItem("d"), { countries: ["KZ"] }, "c", false),
      NOW,
      86_400_000,
    );
    const second = await matchAlerts(
      redis,
      pushKeys(prefix),
      config,
      await stories("c"),
      [{ storyId: "c", created: false, revision: "d" }],
      NOW,
    );
    expect(second.map((delivery) => delivery.event)).toEqual(["new"]);
  });
});
