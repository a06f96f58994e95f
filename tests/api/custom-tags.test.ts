import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/setup/config-schema.ts";
import { createTestApi, FEEDS, seededTestApi, TAGGED_CONFIG, TAGGED_SEEDS } from "./harness.ts";

const { app, redis, prefix } = seededTestApi("api-custom-tags", TAGGED_SEEDS, {
  config: TAGGED_CONFIG,
});

const storyOf = (guid: string | undefined) => guid?.replace("tag:sitrep.dev,2025:story/", "");

async function text(path: string): Promise<string> {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The stories of one request, read by an independent parser for each format. */
const READ = {
  json: async (path: string) => (parseJsonFeed(await text(path)).items ?? []).map((item) => storyOf(item.id)),
  xml: async (path: string) =>
    (parseRssFeed(await text(path)).items ?? []).map((item) => storyOf(item.guid?.value)),
  atom: async (path: string) =>
    (parseAtomFeed(await text(path)).entries ?? []).map((entry) => storyOf(entry.id)),
};

describe("the tag parameter", () => {
  it.each(Object.keys(READ) as (keyof typeof READ)[])(
    "filters the .%s feed on custom tags",
    async (format) => {
      const read = READ[format];
      expect(await read(`/feed.${format}?tag=election`)).toEqual(["almaty-vote", "lima-vote"]);
      expect(await read(`/feed.${format}?tag=ELECTION&country=KZ`)).toEqual(["almaty-vote"]);
      expect(await read(`/feed.${format}?tag=election,wire-service`)).toEqual([
        "aktau-fuel",
        "astana-bloggers",
        "almaty-vote",
        "lima-vote",
        "karaganda-miners",
      ]);
    },
  );

  it("says what it filters on in the title and keeps the tag in its self link", async () => {
    const feed = parseAtomFeed(await text("/feed.atom?tag=election&country=KZ"));
    expect(feed.title?.value).toBe("sitrep: Kazakhstan (KZ) · tagged election");
    expect(feed.links?.find((link) => link.rel === "self")?.href).toBe(
      "https://sitrep.example/feed.atom?country=KZ&tag=election",
    );
  });

  it("works in views", async () => {
    expect(await READ.json("/views/elections.json")).toEqual(["almaty-vote", "lima-vote"]);
    expect(await READ.atom("/views/kz-elections.atom")).toEqual(["almaty-vote"]);
  });

  it("works on the page: the list narrows, the form keeps it, custom tags link to it", async () => {
    const html = await text("/?tag=election");
    expect(html.match(/<li class="story"/g)?.length).toBe(2);
    expect(html).toContain('<input type="hidden" name="tag" value="election"/>');
    expect(html).toContain('<a href="?tag=election">election</a>');
  });

  it("works in /api/stories", async () => {
    const response = await app.request("/api/stories?tag=wire-service&crisis=unrest");
    const body = (await response.json()) as { stories: { id: string; custom: string[] }[] };
    expect(body.stories.map((story) => [story.id, story.custom])).toEqual([
      ["aktau-fuel", ["wire-service"]],
      ["karaganda-miners", ["wire-service"]],
    ]);
  });

  it("refuses a tag the config does not define with a 400 listing those it does", async () => {
    for (const path of ["/feed.xml?tag=elections", "/api/stories?tag=protest"]) {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ param: "tag", accepted: "election, wire-service" });
    }
    const page = await app.request("/?tag=nope");
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("election, wire-service");
  });

  it("is refused everywhere when the config defines no custom tag", async () => {
    const plain = createTestApi(redis, prefix);
    const response = await plain.app.request("/feed.json?tag=election");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      param: "tag",
      accepted: "none: no custom tags are configured",
    });
  });

  it("fails config validation for a view naming a tag the config does not define", () => {
    const result = ConfigSchema.safeParse({
      ...TAGGED_CONFIG,
      views: { bad: { tag: ["election", "vote"] } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["views.bad.tag", 'unknown value "vote"; accepted: election, wire-service'],
    ]);
    expect(ConfigSchema.safeParse({ feeds: FEEDS, views: { ok: { tag: "election" } } }).success).toBe(false);
  });
});
