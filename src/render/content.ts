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

/** Where an entry's event is shown, with how far it has grown. */
export interface EntryEvent {
  id: string;
  title: string;
  url: string;
  developments: number;
  outlets: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Part of: <title> — 12 developments, 5 outlets", linking the event's page. */
export function partOfLine(event: EntryEvent): string {
  const size = `${plural(event.developments, "development", "developments")}, ${plural(event.outlets, "outlet", "outlets")}`;
  return `<p>Part of: <a href="${escapeXml(event.url)}">${escapeXml(event.title)}</a> — ${size}</p>`;
}

/**
 * The entry body: the story's own content (or its summary), who reported it, who else did,
 * and the event it is part of.
 */
export function storyContentHtml(story: Story, event: EntryEvent | null): string {
  // Stored content was sanitised at ingest with the one policy (text/html-policy.ts).
  const body = story.item.contentHtml.trim() || `<p>${escapeXml(story.item.summary)}</p>`;
  const main = story.sources.find((source) => source.itemId === story.item.id);
  const others = storySources(story).filter((source) => source !== main);
  const lines = [body];
  if (main) lines.push(`<p>Reported by ${sourceLink(main)}.</p>`);
  if (others.length > 0) lines.push(`<p>Also reported by: ${others.map(sourceLink).join(", ")}</p>`);
  if (event) lines.push(partOfLine(event));
  return lines.join("\n");
}
