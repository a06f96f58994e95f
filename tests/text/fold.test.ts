import { describe, expect, it } from "vitest";
import { parseFilter } from "../../src/query/filter.ts";
import { matchesStory } from "../../src/query/match.ts";
import { fold } from "../../src/text/fold.ts";
import { makeStory, NOW } from "../query/stories.ts";

const wars = makeStory({
  id: "wars",
  feedId: "almaty-vesti",
  title: "Эксперты обсуждают войны в регионе",
  published: "2025-06-10T08:00:00Z",
});
const warriors = makeStory({
  id: "warriors",
  feedId: "almaty-vesti",
  title: "Воины прошли парадом по площади",
  published: "2025-06-10T09:00:00Z",
});
const search = (q: string) =>
  [wars, warriors]
    .filter((story) => matchesStory(parseFilter({ q }, { now: NOW, feedIds: [] }), story))
    .map((story) => story.item.id);

describe("one fold for every stage", () => {
  it("keeps й apart from и, folds ё to е, ß to ss and drops Latin accents", () => {
    expect(fold("Войны")).toBe("войны");
    expect(fold("Воины")).toBe("воины");
    expect(fold("Ещё Straße Doğanşehir")).toBe("еще strasse dogansehir");
  });

  it("lets q=войны find the wars and not the warriors, and q=воины the other way round", () => {
    expect(search("войны")).toEqual(["item-wars"]);
    expect(search("воины")).toEqual(["item-warriors"]);
  });
});
