import type { Source, Story } from "../model/story.ts";
import { escapeXml } from "./xml.ts";

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
  // Stored content was sanitised at ingest with the one policy (text/html-policy.ts).
  const body = story.item.contentHtml.trim() || `<p>${escapeXml(story.item.summary)}</p>`;
  const main = story.sources.find((source) => source.itemId === story.item.id);
  const others = storySources(story).filter((source) => source !== main);
  const lines = [body];
  if (main) lines.push(`<p>Reported by ${sourceLink(main)}.</p>`);
  if (others.length > 0) lines.push(`<p>Also reported by: ${others.map(sourceLink).join(", ")}</p>`);
  return lines.join("\n");
}
