import sanitizeHtml from "sanitize-html";
import type { Source, Story } from "../model/story.ts";
import { escapeXml } from "./xml.ts";

// The normaliser already cleaned this HTML; cleaning it again here means a story that slipped
// through (an old record, a bug upstream) still cannot carry script into a reader.
const POLICY: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "img"],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title", "width", "height"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }) },
};

export function cleanHtml(html: string): string {
  return sanitizeHtml(html, POLICY);
}

/** "Reuters (en)": how a source is named in lists. */
export function sourceLabel(source: Source): string {
  const outlet = source.feedName ?? source.feedId;
  return source.language ? `${outlet} (${source.language})` : outlet;
}

/** Every report, the representative one first and the others earliest first. */
export function storySources(story: Story): Source[] {
  const main = story.sources.filter((source) => source.itemId === story.item.id);
  return [...main, ...story.sources.filter((source) => source.itemId !== story.item.id)];
}

/** The URL when it is http(s); any other scheme (javascript:, data:) is never linked. */
export function webUrl(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : null;
}

function sourceLink(source: Source): string {
  const label = escapeXml(sourceLabel(source));
  const url = webUrl(source.link);
  return url === null ? label : `<a href="${escapeXml(url)}">${label}</a>`;
}

/** The entry body: the story's own content (or its summary), who reported it, and who else did. */
export function storyContentHtml(story: Story): string {
  const body = cleanHtml(story.item.contentHtml).trim() || `<p>${escapeXml(story.item.summary)}</p>`;
  const main = story.sources.find((source) => source.itemId === story.item.id);
  const others = storySources(story).filter((source) => source !== main);
  const lines = [body];
  if (main) lines.push(`<p>Reported by ${sourceLink(main)}.</p>`);
  if (others.length > 0) lines.push(`<p>Also reported by: ${others.map(sourceLink).join(", ")}</p>`);
  return lines.join("\n");
}
