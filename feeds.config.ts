import { defineConfig } from "./src/setup/config-schema.ts";

/**
 * The feeds sitrep watches, the named views it serves and the tagging rules it adds.
 * Every option is described in README.md ("Configuration"). Validate with `npx sitrep config check`.
 */
export default defineConfig({
  defaultInterval: "15m",
  retention: "30d",
  dedupWindow: "3d",
  fetch: { timeout: "30s", maxBytes: 15 * 1024 * 1024, perHostConcurrency: 2 },
  feeds: [
    // Humanitarian and disaster sources (English)
    {
      id: "reliefweb",
      name: "ReliefWeb updates",
      url: "https://reliefweb.int/updates/rss.xml",
      language: "en",
    },
    {
      id: "un-news",
      name: "UN News",
      url: "https://news.un.org/feed/subscribe/en/news/all/rss.xml",
      language: "en",
    },
    {
      id: "gdacs",
      name: "GDACS disaster alerts",
      url: "https://www.gdacs.org/xml/rss.xml",
      language: "en",
      interval: "10m",
    },
    {
      id: "usgs-quakes",
      name: "USGS M4.5+ earthquakes",
      url: "https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/4.5_day.atom",
      language: "en",
      interval: "5m",
    },
    // World news in several languages
    {
      id: "bbc-world",
      name: "BBC News World",
      url: "https://feeds.bbci.co.uk/news/world/rss.xml",
      language: "en",
    },
    { id: "aljazeera", name: "Al Jazeera", url: "https://www.aljazeera.com/xml/rss/all.xml", language: "en" },
    { id: "dw-de", name: "Deutsche Welle", url: "https://rss.dw.com/xml/rss-de-all", language: "de" },
    { id: "tagesschau", name: "tagesschau.de", url: "https://www.tagesschau.de/xml/rss2/", language: "de" },
    { id: "france24-fr", name: "France 24", url: "https://www.france24.com/fr/rss", language: "fr" },
    { id: "meduza", name: "Meduza", url: "https://meduza.io/rss/all", language: "ru" },
    // Regional outlets: their stories default to their country when they name none
    {
      id: "tengrinews",
      name: "Tengrinews",
      url: "https://tengrinews.kz/news.rss",
      language: "ru",
      countries: ["KZ"],
    },
    { id: "kloop", name: "Kloop", url: "https://kloop.kg/feed/", language: "ru", countries: ["KG"] },
  ],
  views: {
    kazakhstan: {
      country: ["KZ"],
      crisis: ["unrest", "crackdown", "state-of-emergency", "internet-shutdown"],
    },
    "central-asia": { region: ["central-asia"] },
    "sahel-floods": { region: ["sahel"], crisis: ["flood"] },
    shutdowns: { crisis: ["internet-shutdown"], since: "7d" },
  },
});
