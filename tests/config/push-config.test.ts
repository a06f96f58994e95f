import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/setup/load-config.ts";
import { configProblems } from "../helpers/config-problems.ts";

const base = {
  feeds: [{ id: "wire", url: "https://example.org/feed.xml", countries: ["KZ"] }],
  views: { kazakhstan: { country: ["KZ"] } },
};
const alert = (extra: Record<string, unknown> = {}) => ({
  id: "desk",
  view: "kazakhstan",
  url: "https://hooks.example/sitrep",
  ...extra,
});

describe("alerts, signals and hub settings in the config", () => {
  it("fill their defaults", () => {
    const config = validateConfig({ ...base, alerts: [alert()], signals: { silence: {} } }, "test");
    expect(config.alerts).toEqual([alert({ on: ["new"] })]);
    expect(config.signals.silence).toEqual({ after: 30 * 60_000, share: 0.6, minFeeds: 3 });
    expect(config.websub).toEqual({
      defaultLease: 10 * 86_400_000,
      maxLease: 30 * 86_400_000,
      maxPerTopic: 100,
      maxPerCallbackHost: 50,
    });
    expect(validateConfig(base, "test").signals.silence).toBeUndefined();
    // A private address passes when allowPrivateHosts names it, as for feeds.
    const local = {
      ...base,
      allowPrivateHosts: ["127.0.0.1"],
      alerts: [alert({ url: "http://127.0.0.1:9000/" })],
    };
    expect(validateConfig(local, "test").alerts).toHaveLength(1);
  });

  it.each([
    [{ alerts: [alert({ view: "nowhere" })] }, 'alerts[0].view: unknown view "nowhere" (views: kazakhstan)'],
    [{ alerts: [alert(), alert()] }, 'alerts[1].id: duplicates alerts[0].id "desk"'],
    [{ alerts: [alert({ url: "ftp://hooks.example" })] }, "alerts[0].url: must be an http(s) URL"],
    [
      { alerts: [alert({ url: "http://169.254.169.254/latest" })] },
      "alerts[0].url: refused by the SSRF guard: http://169.254.169.254/latest: 169.254.169.254 is not a public address",
    ],
    [{ alerts: [alert({ on: ["updated"] })] }, 'alerts[0].on: must be ["new"] or ["new", "updated"]'],
    [{ alerts: [alert({ secret: "short" })] }, "alerts[0].secret: must be at least 16 characters"],
    [{ signals: { silence: { after: "30s" } } }, 'signals.silence.after: must be at least 1m, got "30s"'],
    [{ signals: { silence: { share: 0 } } }, "signals.silence.share"],
    [{ signals: { silence: { minFeeds: 0 } } }, "signals.silence.minFeeds"],
    [{ websub: { maxPerTopic: 0 } }, "websub.maxPerTopic"],
  ])("refuses %j", (extra, message) => {
    expect(configProblems({ ...base, ...extra })).toContain(message);
  });
});
