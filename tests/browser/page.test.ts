import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import { parseRssFeed } from "feedsmith";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, SEEDS, saveSeed } from "../api/harness.ts";
import { connect, dropPrefix, testPrefix } from "../helpers/redis.ts";

/** Debian's package; CI installs it (.ci/run), and without it this file is skipped, not failed. */
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

// The machine may have no internet: without these Chromium stalls on update and sync checks.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Where the screenshots go, to be looked at after a run. */
const SCREENSHOTS = { wide: join(tmpdir(), "sitrep-1280.png"), phone: join(tmpdir(), "sitrep-390.png") };

describe.skipIf(!hasChromium)("the page in headless Chromium", () => {
  const redis = connect();
  const prefix = testPrefix("browser");
  const profile = mkdtempSync(join(tmpdir(), "sitrep-chromium-"));
  let server: ServerType;
  let base = "";
  let browser: BrowserContext;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    const { app, keys } = createTestApi(redis, prefix, { publicUrl: null });
    for (const seed of SEEDS) await saveSeed(redis, keys, seed);
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
    });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    // A persistent context over a fresh directory: Playwright's way of passing --user-data-dir.
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(profile, { recursive: true, force: true });
    await dropPrefix(redis, prefix);
    await redis.quit();
  });

  async function openPage(width: number, height: number) {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    return page;
  }

  it("shows the stories first, and the folded form narrows the list", { timeout: 60_000 }, async () => {
    const page = await openPage(1280, 900);
    await page.goto(`${base}/`);
    expect(await page.title()).toBe("sitrep: all stories");
    expect(await page.locator("li.story").count()).toBe(SEEDS.length);
    // Stories come first: the first one starts near the top, the map and chart sit beside them.
    const story = await page.locator("li.story").first().boundingBox();
    const map = await page.locator("section.map").boundingBox();
    expect(story?.y).toBeLessThan(200);
    expect(map?.x).toBeGreaterThan((story?.x ?? 0) + (story?.width ?? 0));
    await page.screenshot({ path: SCREENSHOTS.wide, fullPage: true });

    await page.click("details.filters summary");
    expect(await page.locator('select[name="lang"] option[value="ru"]').textContent()).toBe("Russian (ru)");
    await page.selectOption('select[name="country"]', "KZ");
    await page.selectOption('select[name="crisis"]', "unrest");
    await Promise.all([page.waitForURL(/country=KZ/), page.click('button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.getAll("country")).toEqual(["KZ"]);
    expect(await page.title()).toBe("sitrep: Kazakhstan (KZ) · unrest");
    expect(await page.locator("li.story").count()).toBe(2);
    expect(await page.locator("li.story h2").first().textContent()).toBe(
      "Водители в Актау протестуют против роста цен на газ",
    );
    // A chip takes its value out again.
    await Promise.all([
      page.waitForURL((url) => !url.search.includes("crisis")),
      page.click('nav.active a:has-text("unrest")'),
    ]);
    expect(await page.title()).toBe("sitrep: Kazakhstan (KZ)");
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it("has a world map whose countries, shaded by their stories, add themselves to the filter", {
    timeout: 60_000,
  }, async () => {
    const page = await openPage(1280, 900);
    await page.goto(`${base}/?crisis=flood,earthquake`);
    expect(await page.locator(".map svg a").count()).toBeGreaterThan(150);
    const peru = page.locator('.map a[href*="country=PE"] path');
    expect(await peru.getAttribute("class")).toMatch(/^c[1-5]$/);
    expect(await page.locator('.map a[href*="country=FR"] path').getAttribute("class")).toBe("c0");
    await Promise.all([page.waitForURL(/country=PE/), peru.click({ force: true })]);
    expect(new URL(page.url()).search).toBe("?country=PE&crisis=earthquake,flood");
    expect(await page.locator("li.story").count()).toBe(1);
    expect(await page.locator('.map a[href*="crisis"] path.chosen').count()).toBe(1);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it("points its autodiscovery link at a feed that parses, with the page's filter", async () => {
    const page = await openPage(1280, 900);
    await page.goto(`${base}/?country=KZ`);
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute("href");
    expect(href).toBe(`${base}/feed.xml?country=KZ`);
    const response = await fetch(href ?? "");
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const feed = parseRssFeed(await response.text());
    expect(feed.items?.map((item) => item.title)).toEqual(
      SEEDS.filter((seed) => seed.countries?.includes("KZ")).map((seed) => seed.title),
    );
    await page.close();
  });

  it("fits a phone's width without sideways scrolling, stories first", { timeout: 60_000 }, async () => {
    const page = await openPage(390, 844);
    await page.goto(`${base}/`);
    const widths = await page.evaluate(() => ({
      content: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.viewport);
    // On a phone too the stories come first, the map and chart after them.
    const story = await page.locator("li.story").first().boundingBox();
    const map = await page.locator("section.map").boundingBox();
    expect(story?.y).toBeLessThan(300);
    expect(map?.y).toBeGreaterThan(story?.y ?? 0);
    await page.screenshot({ path: SCREENSHOTS.phone, fullPage: true });
    expect(cspViolations).toEqual([]);
    await page.close();
  });
});
