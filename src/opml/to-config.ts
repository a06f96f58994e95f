import { FeedSchema } from "../config/feeds.ts";
import type { OpmlOutline } from "./read.ts";

/** A `feeds` entry as written in feeds.config.ts. */
export interface FeedEntry {
  id: string;
  url: string;
  name?: string;
  language?: string;
}

const MAX_ID = 64;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** "Radio Free Asia — Uyghur" → "radio-free-asia-uyghur"; accents are folded, other scripts dropped. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_ID - 4)
    .replace(/^-|-$/g, "");
}

/** A title in a script slugify drops (Cyrillic, Arabic) still leaves the feed's host to name it by. */
function baseId(outline: OpmlOutline, url: string): string {
  if (outline.sitrepId && SLUG.test(outline.sitrepId)) return outline.sitrepId;
  return slugify(outline.title ?? "") || slugify(new URL(url).hostname.replace(/^www\./, "")) || "feed";
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const describe = (outline: OpmlOutline) =>
  [...outline.folders, outline.title ?? outline.xmlUrl ?? "(untitled)"].join(" / ");

/**
 * Turns a feed reader's subscriptions into config entries, each checked by the config's own
 * schema: ids are slugs derived from the titles and unique; an outline that is not a usable
 * feed (no address, not http(s), listed twice) is left out with a note saying why.
 */
export function outlinesToFeeds(outlines: OpmlOutline[]): { feeds: FeedEntry[]; notes: string[] } {
  const feeds: FeedEntry[] = [];
  const notes: string[] = [];
  const taken = new Set<string>();
  const byUrl = new Map<string, string>();
  for (const outline of outlines) {
    const url = outline.xmlUrl;
    if (url === null) {
      notes.push(`skipped "${describe(outline)}": not a feed (no xmlUrl)`);
      continue;
    }
    const duplicate = byUrl.get(url);
    if (duplicate !== undefined) {
      notes.push(`skipped "${describe(outline)}": same address as feed "${duplicate}"`);
      continue;
    }
    const checked = FeedSchema.safeParse({
      id: "x",
      url,
      name: outline.title ?? undefined,
      language: outline.language ?? undefined,
    });
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
      // A bad language is the exporter's guess; the feed itself is still worth keeping.
      if (checked.error.issues.every((issue) => issue.path[0] === "language")) {
        notes.push(`"${describe(outline)}": language dropped (${problems.join("; ")})`);
      } else {
        notes.push(`skipped "${describe(outline)}": ${problems.join("; ")}`);
        continue;
      }
    }
    const id = uniqueId(baseId(outline, url), taken);
    byUrl.set(url, id);
    const language = checked.success ? outline.language : null;
    feeds.push({
      id,
      url,
      ...(outline.title ? { name: outline.title } : {}),
      ...(language ? { language } : {}),
    });
  }
  return { feeds, notes };
}
