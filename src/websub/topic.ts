import { createHash } from "node:crypto";
import { filterContext } from "../query/context.ts";
import { QueryError } from "../query/error.ts";
import { parseFilter } from "../query/filter.ts";
import { resolveView } from "../query/view.ts";
import { selfUrl } from "../render/document.ts";
import { type FeedRequest, isFormat } from "../render/feed-body.ts";
import type { Config } from "../setup/config-schema.ts";

/** A request to the hub that cannot be honoured; the message says why (WebSub wants it in the 4xx body). */
export class HubRequestError extends Error {
  override name = "HubRequestError";
}

/** A feed or view of this service that can be subscribed to, under its canonical URL. */
export interface Topic extends FeedRequest {
  url: string;
}

const FEED_PATH = /^\/feed\.([a-z]+)$/;
const VIEW_PATH = /^\/views\/([^/.]+)\.([a-z]+)$/;

/**
 * Reads hub.topic: any feed (/feed.xml, .atom, .json, with its query) or view (/views/<name>.<format>)
 * under `base`, checked exactly as a request for it would be. The canonical URL (the one the
 * document's rel="self" names) is the topic's identity, so "?country=kz" and "?country=KZ" are one.
 */
export function readTopic(raw: string, base: string, config: Config, now: Date): Topic {
  if (!raw.startsWith(`${base}/`) || !URL.canParse(raw)) {
    throw new HubRequestError(`hub.topic must be a feed or view URL under ${base}/`);
  }
  const url = new URL(raw.slice(base.length), "http://topic.invalid");
  const params = Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((name) => [name, url.searchParams.getAll(name)]),
  );
  const feed = FEED_PATH.exec(url.pathname);
  const view = VIEW_PATH.exec(url.pathname);
  const format = feed?.[1] ?? view?.[2] ?? "";
  if (!isFormat(format)) {
    throw new HubRequestError("hub.topic must be /feed.{xml,atom,json} or /views/<name>.{xml,atom,json}");
  }
  const location = { base, feedPath: url.pathname, view: view !== null };
  const context = filterContext(config, now);
  try {
    let filter: ReturnType<typeof parseFilter>;
    if (view) {
      const name = view[1] ?? "";
      const definition = Object.hasOwn(config.views, name) ? config.views[name] : undefined;
      if (!definition) throw new HubRequestError(`hub.topic names unknown view "${name}"`);
      if (url.search) throw new HubRequestError("hub.topic: views take no query parameters");
      filter = resolveView(definition, context);
    } else filter = parseFilter(params, context);
    return { url: selfUrl(location, filter), location, format, filter };
  } catch (error) {
    if (error instanceof QueryError) throw new HubRequestError(`hub.topic: ${error.message}`);
    throw error;
  }
}

/** A short fixed-length name for a topic URL in Redis keys. */
export function topicId(topic: string): string {
  return createHash("sha256").update(topic).digest("hex").slice(0, 32);
}
