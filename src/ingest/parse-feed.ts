import { normaliseFeed, type ParseContext, type ParsedFeed } from "../normalise/normalise-feed.ts";
import { readFeed } from "../parse/read-feed.ts";

/** A decoded feed document as validated items: parse reads what it says, normalise checks and cleans it. */
export async function parseFeed(text: string, ctx: ParseContext): Promise<ParsedFeed> {
  return normaliseFeed(await readFeed(text), ctx);
}
