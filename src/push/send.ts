import { readBody } from "../fetch/body.ts";
import { asFetchError, FetchError } from "../fetch/fetch-error.ts";
import type { FetchLimits } from "../fetch/fetcher.ts";
import { sendRequest } from "../fetch/request.ts";
import { vetTarget } from "../fetch/ssrf.ts";

export interface PushRequest {
  method: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Uint8Array;
  /** Read at most this much of the answer (a WebSub challenge); 0 leaves the body unread. */
  readBytes?: number;
}

export interface PushResponse {
  status: number;
  body: string;
}

export type PushLimits = Pick<
  FetchLimits,
  "timeoutMs" | "connectTimeoutMs" | "userAgent" | "allowPrivateHosts"
>;

/**
 * One request to a subscriber (a webhook, a WebSub callback): through the same SSRF guard, connect
 * timeout and deadline as a feed fetch, but no redirects, since a push that is redirected would
 * land somewhere its owner did not register. Any answer resolves; no answer rejects with a FetchError.
 */
export async function sendPush(url: string, request: PushRequest, limits: PushLimits): Promise<PushResponse> {
  const controller = new AbortController();
  const deadline = setTimeout(() => {
    controller.abort(new FetchError("timeout", `no complete response within ${limits.timeoutMs} ms`));
  }, limits.timeoutMs);
  try {
    const target = new URL(url);
    const res = await sendRequest(target, {
      method: request.method,
      headers: { "user-agent": limits.userAgent, ...request.headers },
      body: request.body,
      connectTimeoutMs: limits.connectTimeoutMs,
      lookup: vetTarget(target, limits.allowPrivateHosts),
      signal: controller.signal,
    });
    try {
      const readBytes = request.readBytes ?? 0;
      const body = readBytes > 0 ? (await readBody(res, readBytes, controller.signal)).toString("utf8") : "";
      return { status: res.statusCode ?? 0, body };
    } finally {
      res.destroy();
    }
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : asFetchError(error, url);
  } finally {
    clearTimeout(deadline);
  }
}
