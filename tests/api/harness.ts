import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/api/app.ts";
import type { ApiDeps } from "../../src/api/deps.ts";
import type { SearchLimits } from "../../src/api/search-limit.ts";
import type { PollJobData } from "../../src/jobs/queue.ts";
import type { Item } from "../../src/model/item.ts";
import { sanitizeContent } from "../../src/normalise/sanitize.ts";
import { type ConfigInput, ConfigSchema } from "../../src/setup/config-schema.ts";
import { type StoreKeys, storeKeys } from "../../src/store/keys.ts";
import { saveReport } from "../../src/store/stories.ts";
import { testDeps } from "../helpers/app.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";
import { makeItem, makeTags } from "../helpers/stories.ts";

/** Every API test runs at this instant: nothing reads the clock. */
export const NOW = new Date("2026-03-10T12:00:00Z");
const RETENTION_MS = 90 * 86_400_000;

export const FEEDS: ConfigInput["feeds"] = [
  { id: "steppe-wire", url: "https://steppe-wire.example/rss", name: "Steppe Wire", language: "en" },
  { id: "almaty-vesti", url: "https://almaty-vesti.example/feed", name: "Алматы Вести", language: "ru" },
  { id: "nile-radio", url: "https://nile-radio.example/atom", name: "Nile Radio" },
  { id: "delta-post", url: "https://delta-post.example/feed.json", name: "Delta Post", language: "en" },
  { id: "andes-diario", url: "https://andes-diario.example/rss?seccion=pais&formato=xml", language: "es" },
];

export const VIEWS: ConfigInput["views"] = {
  "kz-unrest": { country: "KZ", crisis: ["unrest", "crackdown"] },
  "recent-floods": { crisis: "flood", since: "30d", limit: 5 },
};

export interface StorySeed {
  id: string;
  feedId: string;
  title: string;
  summary: string;
  published: string;
  language: string;
  contentHtml?: string;
  countries?: string[];
  regions?: string[];
  crises?: string[];
  /** Custom tags (the config's tagging rules and feeds' `tags`). */
  custom?: string[];
  /** Later reports of the same story by other feeds. */
  joiners?: { feedId: string; title: string; language: string; published: string }[];
}

/** Invented reports (newest first) spread over countries, crises, languages, feeds and weeks. */
export const SEEDS: StorySeed[] = [
  {
    id: "aktau-fuel",
    feedId: "almaty-vesti",
    title: "Водители в Актау протестуют против роста цен на газ",
    summary: "Около трёхсот водителей собрались у здания акимата, требуя вернуть прежние цены.",
    published: "2026-03-10T08:00:00.000Z",
    language: "ru",
    countries: ["KZ"],
    regions: ["central-asia"],
    crises: ["unrest"],
    joiners: [
      {
        feedId: "steppe-wire",
        title: "Drivers in Aktau rally against a gas price rise",
        language: "en",
        published: "2026-03-10T09:15:00.000Z",
      },
    ],
  },
  {
    id: "astana-bloggers",
    feedId: "steppe-wire",
    title: "Court in Astana jails two bloggers for ten days",
    summary: "The pair had filmed the Aktau rally; their lawyer says they will appeal.",
    published: "2026-03-09T15:00:00.000Z",
    language: "en",
    countries: ["KZ"],
    regions: ["central-asia"],
    crises: ["crackdown"],
  },
  {
    id: "blue-nile-aid",
    feedId: "nile-radio",
    title: "وصول قوافل مساعدات إلى مخيم في ولاية النيل الأزرق",
    summary: "قال متطوعون إن القوافل تحمل دقيقاً ومياهاً لنحو أربعة آلاف أسرة نازحة.",
    published: "2026-03-08T10:00:00.000Z",
    language: "ar",
    countries: ["SD"],
    regions: ["northern-africa"],
    crises: ["displacement"],
  },
  {
    id: "khulna-embankment",
    feedId: "delta-post",
    title: "Embankment breach floods twelve villages near Khulna",
    summary: "Boats are ferrying families to school buildings on higher ground.",
    contentHtml:
      '<p>Water rose overnight.</p><script>alert("x")</script><img src="https://delta-post.example/map.png" onerror="alert(1)">' +
      '<a href="javascript:alert(2)">map</a><iframe src="https://tracker.example/"></iframe>',
    published: "2026-03-07T06:00:00.000Z",
    language: "en",
    countries: ["BD"],
    regions: ["southern-asia"],
    crises: ["flood"],
  },
  {
    id: "arequipa-quake",
    feedId: "andes-diario",
    title: "Sismo de magnitud 5,8 sacude el sur de Perú",
    summary: "No se reportan víctimas; varias viviendas de adobe sufrieron grietas en Arequipa.",
    published: "2026-02-20T03:00:00.000Z",
    language: "es",
    countries: ["PE"],
    regions: ["south-america"],
    crises: ["earthquake"],
  },
  {
    id: "karaganda-miners",
    feedId: "steppe-wire",
    title: "Miners in Karaganda end their sit-in strike",
    summary: "The union accepted a wage offer after eleven days underground.",
    published: "2026-02-01T12:00:00.000Z",
    language: "en",
    countries: ["KZ"],
    regions: ["central-asia"],
    crises: ["unrest"],
  },
];

/** The fixture config with custom tags: a tagging rule's own, and one a feed puts on all its stories. */
export const TAGGED_CONFIG: ConfigInput = {
  feeds: FEEDS.map((feed) => (feed.id === "steppe-wire" ? { ...feed, tags: ["wire-service"] } : feed)),
  views: { ...VIEWS, elections: { tag: "election" }, "kz-elections": { country: "KZ", tag: ["election"] } },
  tagging: { custom: { election: { en: ["election*"], ru: ["выбор*"], es: ["elecci*"] } } },
};

/** SEEDS as TAGGED_CONFIG tags them (steppe-wire's reports carry its tag), plus two election stories. */
export const TAGGED_SEEDS: StorySeed[] = [
  ...SEEDS.map((seed) => {
    const byWire = [seed.feedId, ...(seed.joiners ?? []).map((joiner) => joiner.feedId)].includes(
      "steppe-wire",
    );
    return { ...seed, custom: byWire ? ["wire-service"] : [] };
  }),
  {
    id: "almaty-vote",
    feedId: "almaty-vesti",
    title: "В Алматы начались досрочные выборы в маслихат",
    summary: "Явка к полудню составила 18 процентов.",
    published: "2026-03-06T10:00:00.000Z",
    language: "ru",
    countries: ["KZ"],
    regions: ["central-asia"],
    custom: ["election"],
  },
  {
    id: "lima-vote",
    feedId: "andes-diario",
    title: "Lima vota en elecciones municipales anticipadas",
    summary: "La participación fue baja en los distritos del sur.",
    published: "2026-03-05T10:00:00.000Z",
    language: "es",
    countries: ["PE"],
    regions: ["south-america"],
    custom: ["election"],
  },
];

const feedName = (feedId: string) => FEEDS.find((feed) => feed.id === feedId)?.name ?? null;

function report(storyId: string, isNew: boolean, item: Item, seed: StorySeed) {
  const tags = makeTags({
    language: item.language,
    countries: seed.countries ?? [],
    regions: seed.regions ?? [],
    crises: seed.crises ?? [],
    custom: seed.custom ?? [],
  });
  const source = {
    itemId: item.id,
    feedId: item.feedId,
    feedName: feedName(item.feedId),
    title: item.title,
    link: item.link,
    language: item.language,
    published: item.published,
  };
  return { storyId, isNew, item, source, tags };
}

/** Stores a story through the real store: its first report, then each joining report. */
export async function saveSeed(redis: Redis, keys: StoreKeys, seed: StorySeed): Promise<void> {
  const link = `https://${seed.feedId}.example/news/${seed.id}`;
  const item = makeItem(seed.id, {
    feedId: seed.feedId,
    title: seed.title,
    summary: seed.summary,
    // Stored content is what ingest sanitised, so a seed is stored the same way.
    contentHtml: sanitizeContent(seed.contentHtml ?? `<p>${seed.summary}</p>`, link),
    published: seed.published,
    language: seed.language,
    link,
    canonicalUrl: link,
  });
  await saveReport(redis, keys, report(seed.id, true, item, seed), new Date(seed.published), RETENTION_MS);
  for (const [index, joiner] of (seed.joiners ?? []).entries()) {
    const joinerLink = `https://${joiner.feedId}.example/news/${seed.id}`;
    const joined = makeItem(`${seed.id}-${index}`, {
      ...joiner,
      summary: joiner.title,
      link: joinerLink,
      canonicalUrl: joinerLink,
    });
    await saveReport(
      redis,
      keys,
      report(seed.id, false, joined, seed),
      new Date(joiner.published),
      RETENTION_MS,
    );
  }
}

export interface TestApi {
  app: ReturnType<typeof createApp>;
  deps: ApiDeps;
  keys: StoreKeys;
}

/** The app over a real Redis under `prefix`, with the fixture feeds and views. */
export function createTestApi(
  redis: Redis,
  prefix: string,
  extra: {
    adminToken?: string;
    queue?: Queue<PollJobData>;
    publicUrl?: string | null;
    pollNowWaitMs?: number;
    publicHosts?: string[];
    /** Instead of the fixture feeds and views. */
    config?: ConfigInput;
    searchLimits?: SearchLimits;
    /** Instead of the fixed NOW, for tests that let time pass. */
    now?: () => Date;
  } = {},
): TestApi {
  const config = ConfigSchema.parse(extra.config ?? { feeds: FEEDS, views: VIEWS });
  const keys = storeKeys(prefix);
  const deps = testDeps({
    redis,
    keys,
    config,
    now: extra.now ?? (() => NOW),
    publicUrl: extra.publicUrl,
    publicHosts: extra.publicHosts ?? [],
    queue: extra.queue ?? null,
    adminToken: extra.adminToken ?? null,
    pollNowWaitMs: extra.pollNowWaitMs,
    searchLimits: extra.searchLimits,
  });
  return { app: createApp(deps), deps, keys };
}

/**
 * createTestApi on a connection and prefix of the test file's own, with `seeds` saved before its
 * tests and everything dropped after them.
 */
export function seededTestApi(
  name: string,
  seeds: readonly StorySeed[] = SEEDS,
  extra: Parameters<typeof createTestApi>[2] = {},
): TestApi & { redis: Redis; prefix: string } {
  const redis = connect();
  const prefix = testPrefix(name);
  const api = createTestApi(redis, prefix, extra);
  beforeAll(async () => {
    for (const seed of seeds) await saveSeed(redis, api.keys, seed);
  });
  afterAll(async () => {
    await dropPrefix(redis, prefix);
    await redis.quit();
  });
  return { ...api, redis, prefix };
}
