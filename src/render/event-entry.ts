import type { EventSummary, Story } from "../model/story.ts";
import { sourceLabel, webUrl } from "./content.ts";
import { escapeXml } from "./xml.ts";

const readableTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function development(story: Story): string {
  const url = webUrl(story.item.canonicalUrl) ?? webUrl(story.item.link);
  const title = escapeXml(story.item.title);
  const outlets = story.sources.map(sourceLabel).map(escapeXml).join(", ");
  const headline = url === null ? title : `<a href="${escapeXml(url)}">${title}</a>`;
  return `<li>${escapeXml(readableTime(story.item.published))}: ${headline} (${outlets})</li>`;
}

/**
 * One event as one feed entry (`group=event`): titled after the event, linking its page, its
 * content the developments newest first, and updated whenever one joins. Its id stays the
 * event's, so a reader sees it once however many developments follow.
 */
export function eventStory(event: EventSummary, developments: Story[], pageUrl: string): Story {
  const newest = developments[0] as Story;
  const list = developments.map(development).join("\n");
  return {
    ...newest,
    id: event.id,
    guid: `event:${event.id}`,
    item: {
      ...newest.item,
      id: `event:${event.id}`,
      title: event.title,
      link: pageUrl,
      canonicalUrl: pageUrl,
      published: event.firstSeen,
      updated: event.lastSeen,
      author: null,
      summary: developments.map((story) => story.item.title).join(" · "),
      contentHtml: `<p>Developments, newest first:</p>\n<ul>\n${list}\n</ul>`,
    },
    sources: developments.flatMap((story) => story.sources),
    firstSeen: event.firstSeen,
    lastSeen: event.lastSeen,
    event,
  };
}
