import { afterAll, describe, expect, it } from "vitest";
import type { Config } from "../../src/setup/config-schema.ts";
import { validateConfig } from "../../src/setup/load-config.ts";
import { readConnectivity } from "../../src/signals/check-silence.ts";
import { readReachability } from "../../src/signals/reachability.ts";
import { readStatus } from "../../src/store/feed-status.ts";
import { pushKeys, storeKeys } from "../../src/store/keys.ts";
import { rssFeed } from "../helpers/feeds.ts";
import { waitFor } from "../helpers/processes.ts";
import { connect } from "../helpers/redis.ts";
import { startServer, type TestServer } from "../helpers/server.ts";
import { type Received, type Sitrep, startReceiver, startSitrep } from "../push/harness.ts";

const AFTER_MS = 1500;
const INTERVAL_MS = 400;
/** Longer, so that even on a busy machine every feed has failed before Kazakhstan's have failed for this long. */
const OFFLINE_AFTER_MS = 3000;
const KAZAKH = ["kz-1", "kz-2", "kz-3", "kz-4"];
const OTHERS = { "de-1": "DE", "fr-1": "FR", "ua-1": "UA" } as const;
const SLOW = { timeoutMs: 60_000, everyMs: 200 };
const redis = connect();

interface JsonFeed {
  items: { id: string; title: string; summary: string; _sitrep: Record<string, string[]> }[];
}

/** Seven feeds, each answering with a small RSS document or, once cut, closing every connection. */
async function startOutlets(): Promise<TestServer & { cut: Set<string> }> {
  const cut = new Set<string>();
  const server = await startServer((req, res) => {
    const id = (req.url ?? "").replace(/^\/|\.xml$/g, "");
    if (cut.has(id)) {
      req.socket.destroy();
      return;
    }
    const entry = {
      id: `${id}-daily`,
      title: `Morning bulletin number ${id.length} from the ${id} desk`,
      summary: "Weather, markets and the day's agenda.",
      published: "2026-01-05T04:00:00Z",
    };
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(id, [entry]));
  });
  return { ...server, cut };
}

/** Validated like any config, then with intervals and `after` shorter than the config allows, to keep the test short. */
function configFor(outlets: TestServer, alertUrl: string, afterMs = AFTER_MS): Config {
  const config = validateConfig(
    {
      allowPrivateHosts: ["127.0.0.1"],
      feeds: [
        ...KAZAKH.map((id) => ({ id, url: `${outlets.url}/${id}.xml`, countries: ["KZ"] })),
        ...Object.entries(OTHERS).map(([id, country]) => ({
          id,
          url: `${outlets.url}/${id}.xml`,
          countries: [country],
        })),
      ],
      views: { kazakhstan: { country: ["KZ"] } },
      alerts: [{ id: "kz-watch", view: "kazakhstan", url: alertUrl }],
      signals: { silence: { after: "1m", share: 0.6, minFeeds: 3 } },
    },
    "test",
  );
  return {
    ...config,
    defaultInterval: INTERVAL_MS,
    signals: { silence: { share: 0.6, minFeeds: 3, after: afterMs } },
  };
}

async function allAnswered(sitrep: Sitrep): Promise<boolean> {
  const ids = [...KAZAKH, ...Object.keys(OTHERS)];
  const statuses = await Promise.all(ids.map((id) => readStatus(redis, storeKeys(sitrep.prefix), id)));
  return statuses.every((status) => status.lastSuccessAt !== null);
}

const signals = async (sitrep: Sitrep) =>
  ((await (await fetch(`${sitrep.url}/feed.json?crisis=internet-shutdown`)).json()) as JsonFeed).items;

afterAll(() => redis.quit());

describe("four of Kazakhstan's feeds unreachable while other countries' answer", () => {
  let outlets: Awaited<ReturnType<typeof startOutlets>>;
  let hooks: TestServer & { received: Received[] };
  let sitrep: Sitrep;

  afterAll(async () => {
    await sitrep?.close();
    await hooks?.close();
    await outlets?.close();
  });

  it("publishes a signal story tagged with the country and internet-shutdown, alerted like any story", async () => {
    outlets = await startOutlets();
    hooks = await startReceiver();
    sitrep = await startSitrep("silence", configFor(outlets, `${hooks.url}/hook`));
    await waitFor(() => allAnswered(sitrep), "every feed to answer once", SLOW);
    for (const id of KAZAKH) outlets.cut.add(id);

    const [story] = await waitFor(
      async () => {
        const items = await signals(sitrep);
        return items.length > 0 && items;
      },
      "the signal story",
      SLOW,
    );
    expect(story?.title).toMatch(
      /^Possible internet disruption in Kazakhstan: 4 of 4 sources unreachable since \d\d:\d\d UTC$/,
    );
    expect(story?._sitrep).toMatchObject({
      countries: ["KZ"],
      regions: ["central-asia"],
      crises: ["internet-shutdown"],
      custom: ["signal"],
    });
    for (const id of KAZAKH) expect(story?.summary).toContain(`${id}: since`);
    expect(story?.summary).toContain("socket hang up");
    const alert = await waitFor(
      () => hooks.received.find((request) => request.path === "/hook"),
      "the alert",
    );
    expect(JSON.parse(alert.body.toString("utf8"))).toMatchObject({ event: "new", story: { id: story?.id } });
    expect(await (await fetch(`${sitrep.url}/readyz`)).json()).toMatchObject({ network: "ok" });
  });

  it("says so when most of the feeds answer again", async () => {
    for (const id of KAZAKH) outlets.cut.delete(id);
    const [story] = await waitFor(
      async () => {
        const items = await signals(sitrep);
        return items[0]?.title.includes("appears over") && items;
      },
      "the all-clear",
      SLOW,
    );
    // Declared as soon as most answer: the last of them may still be resting after its failures.
    expect(story?.title).toMatch(
      /^Internet disruption in Kazakhstan appears over: [34] of 4 sources reachable again$/,
    );
  });
});

describe("every feed unreachable", () => {
  it("publishes no signal, and /readyz and the page say sitrep's own connectivity is down", async () => {
    const outlets = await startOutlets();
    const sitrep = await startSitrep(
      "offline",
      configFor(outlets, "http://127.0.0.1:9/unused", OFFLINE_AFTER_MS),
    );
    const keys = pushKeys(sitrep.prefix);
    try {
      await waitFor(() => allAnswered(sitrep), "every feed to answer once", SLOW);
      for (const id of [...KAZAKH, ...Object.keys(OTHERS)]) outlets.cut.add(id);
      // A check made once the Kazakh feeds had been unreachable for longer than `after`, then one more,
      // so that the first one's writes, if any, are done.
      const decisive = await waitFor(
        async () => {
          const [connectivity, reach] = await Promise.all([
            readConnectivity(redis, keys),
            readReachability(redis, keys),
          ]);
          const sinces = KAZAKH.map((id) => reach.unreachable.get(id)?.since);
          if (connectivity?.status !== "down" || sinces.some((since) => since === undefined)) return false;
          const longest = Math.max(...sinces.map((since) => Date.parse(since ?? "")));
          return Date.parse(connectivity.checkedAt) - longest > OFFLINE_AFTER_MS && connectivity.checkedAt;
        },
        "a check after `after` has passed",
        SLOW,
      );
      await waitFor(
        async () => ((await readConnectivity(redis, keys))?.checkedAt ?? "") > decisive,
        "the next check",
        SLOW,
      );
      expect(await signals(sitrep)).toEqual([]);
      const ready = (await (await fetch(`${sitrep.url}/readyz`)).json()) as { network: string; note: string };
      expect(ready.network).toBe("down");
      expect(ready.note).toContain("sitrep's own connectivity is down");
      expect(await (await fetch(`${sitrep.url}/`)).text()).toContain("sitrep&#39;s own connectivity is down");
    } finally {
      await sitrep.close();
      await outlets.close();
    }
  });
});
