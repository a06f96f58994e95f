import { describe, expect, it } from "vitest";
import { QueryError } from "../../src/query/error.ts";
import { resolveView, ViewSchema } from "../../src/query/view.ts";
import { ConfigSchema } from "../../src/setup/config-schema.ts";
import { FEED_IDS, NOW } from "./stories.ts";

const issues = (view: unknown) => {
  const result = ViewSchema.safeParse(view);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("ViewSchema", () => {
  it("accepts the query parameters' names with single or listed values", () => {
    const view = ViewSchema.parse({
      country: ["KZ"],
      crisis: ["unrest", "crackdown"],
      since: "7d",
      q: "protest",
      limit: 20,
    });
    expect(view).toEqual({
      country: ["KZ"],
      crisis: ["unrest", "crackdown"],
      since: "7d",
      q: "protest",
      limit: "20",
    });
  });

  it("validates values as a request would, naming the field", () => {
    expect(issues({ country: ["KZ", "QQ"] })).toEqual([
      { path: "country", message: expect.stringMatching(/"QQ".*ISO 3166-1 alpha-2/) },
    ]);
    expect(issues({ crisis: "riots" })[0]).toEqual({
      path: "crisis",
      message: expect.stringContaining("unrest"),
    });
    expect(issues({ since: "last week" })[0]?.path).toBe("since");
    expect(issues({ limit: 1000 })[0]?.path).toBe("limit");
    expect(issues({ feed: "Not A Slug" })[0]?.path).toBe("feed");
  });

  it("rejects unknown field names", () => {
    expect(issues({ countries: ["KZ"] })).toEqual([
      { path: "", message: expect.stringContaining("countries") },
    ]);
  });

  it("makes a bad view fail config validation at views.<name>.<field>", () => {
    const result = ConfigSchema.safeParse({
      feeds: [],
      views: { kazakhstan: { country: ["KZ"], crisis: ["unrest", "crackdwn"] } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["views.kazakhstan.crisis"]);
  });
});

describe("resolveView", () => {
  const view = ViewSchema.parse({ country: ["KZ"], crisis: ["unrest", "crackdown"], since: "7d" });

  it("resolves durations per request, so the window moves", () => {
    const first = resolveView(view, { now: NOW, feedIds: FEED_IDS });
    const later = resolveView(view, { now: new Date("2025-06-11T12:00:00Z"), feedIds: FEED_IDS });
    expect(first.since).toEqual(new Date("2025-06-03T12:00:00Z"));
    expect(later.since).toEqual(new Date("2025-06-04T12:00:00Z"));
    expect(first.countries).toEqual(["KZ"]);
    expect(first.crises).toEqual(["unrest", "crackdown"]);
    expect(first.window.since).toBe("7d");
  });

  it("checks feed ids against the configured feeds", () => {
    const byFeed = ViewSchema.parse({ feed: "gone-feed" });
    expect(() => resolveView(byFeed, { now: NOW, feedIds: FEED_IDS })).toThrow(QueryError);
    expect(
      resolveView(ViewSchema.parse({ feed: "kyiv-wire" }), { now: NOW, feedIds: FEED_IDS }).feeds,
    ).toEqual(["kyiv-wire"]);
  });
});
