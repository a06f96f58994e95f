import type { HTTPException } from "hono/http-exception";
import type { Redis } from "ioredis";
import { retryLater } from "./retry-later.ts";

/** Redis reconnects within about two seconds of coming back; a reader asking again after this finds it. */
export const RETRY_AFTER_SECONDS = 5;

/** ioredis' rejection of a command that got no reply within `commandTimeout`. */
const TIMED_OUT = "Command timed out";
/** Replies of a Redis that is up but serves nobody for now: loading its data, or busy with a long script. */
const TEMPORARY_REPLY = /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN)\b/;

/**
 * Whether `error` means the store could not be asked, rather than that the request or sitrep
 * is wrong: the API's connection is not ready (ioredis refuses or flushes commands then), a
 * command got no reply in time, or Redis said it cannot answer yet.
 */
export function isStoreUnavailable(error: unknown, redis: Redis): boolean {
  if (!(error instanceof Error)) return false;
  return redis.status !== "ready" || error.message === TIMED_OUT || TEMPORARY_REPLY.test(error.message);
}

/** The answer to a request that needs the store while it cannot be asked. */
export function storeUnavailable(): HTTPException {
  return retryLater(
    503,
    "the story store (Redis) is not answering; try again in a few seconds",
    RETRY_AFTER_SECONDS,
  );
}
