import type { Story } from "../model/story.ts";
import { escapeXml } from "./xml.ts";

/** The most a served feed document or page weighs, whatever the feeds sent (README, Security and limits). */
export const DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;
// The document's own furniture (channel, links, the page's form, map and chart) fits in the rest.
const ENTRIES_MAX_BYTES = DOCUMENT_MAX_BYTES - 512 * 1024;
// Element names, category schemes and the source lines each format adds around a story's fields.
const ENTRY_FRAME_BYTES = 4 * 1024;

/**
 * An upper bound on what one story adds to any format: every field it holds, escaped as XML
 * escapes them (the most any of the formats expands text), plus the frame around them.
 */
function weight(story: Story): number {
  return Buffer.byteLength(escapeXml(JSON.stringify(story))) + ENTRY_FRAME_BYTES;
}

/**
 * The stories that fit in one document, in the order given, and how many did not: one feed's
 * bulky items cannot push a document past DOCUMENT_MAX_BYTES. A story too big for the room left
 * is passed over and smaller ones after it still come in, so one bloated story (thousands of
 * reports) cannot empty every document it matches.
 */
export function withinBudget(stories: Story[]): { stories: Story[]; omitted: number } {
  let room = ENTRIES_MAX_BYTES;
  const kept: Story[] = [];
  for (const story of stories) {
    if (room < ENTRY_FRAME_BYTES) break;
    // Its content alone is a lower bound of its weight, so a story that cannot fit costs nothing to rule out.
    if (story.item.contentHtml.length + ENTRY_FRAME_BYTES > room) continue;
    const bytes = weight(story);
    if (bytes > room) continue;
    room -= bytes;
    kept.push(story);
  }
  return { stories: kept, omitted: stories.length - kept.length };
}
