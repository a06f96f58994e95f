import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { FetchError } from "../fetch/fetch-error.ts";
import { vetTarget } from "../fetch/ssrf.ts";
import { INTERNAL_JOB_OPTIONS, VERIFY_JOB, type VerifyData } from "../jobs/push-queue.ts";
import { HUB_PATH } from "../render/document.ts";
import { pushKeys } from "../store/keys.ts";
import { limitReached } from "../websub/subscriptions.ts";
import { HubRequestError, readTopic } from "../websub/topic.ts";
import { baseUrl } from "./base-url.ts";
import type { ApiDeps } from "./deps.ts";

/** WebSub: "the hub.secret … MUST be less than 200 bytes". */
const MAX_SECRET_BYTES = 199;

function field(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (value === null || value === "") throw new HubRequestError(`${name} is missing`);
  return value;
}

function readCallback(raw: string, allowPrivateHosts: string[]): string {
  if (!/^https?:\/\//i.test(raw) || !URL.canParse(raw)) {
    throw new HubRequestError("hub.callback must be an http(s) URL");
  }
  try {
    // Addresses are checked here for IP literals and again at every connection for names.
    vetTarget(new URL(raw), allowPrivateHosts);
  } catch (error) {
    if (error instanceof FetchError) throw new HubRequestError(`hub.callback refused: ${error.message}`);
    throw error;
  }
  return raw;
}

function readLease(raw: string | null, defaultMs: number, maxMs: number): number {
  if (raw === null || raw === "") return Math.round(defaultMs / 1000);
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < 1) {
    throw new HubRequestError("hub.lease_seconds must be a whole number of seconds above 0");
  }
  return Math.min(Number(raw), Math.round(maxMs / 1000));
}

/**
 * POST /websub, the hub (W3C WebSub §5.1): checks a form-encoded (un)subscription request, answers
 * 202 Accepted and queues the verification of intent, which a worker carries out.
 */
export function webSubHub(deps: ApiDeps): Hono {
  const app = new Hono();
  const keys = pushKeys(deps.keys.prefix);
  app.post(HUB_PATH, bodyLimit({ maxSize: 16 * 1024 }), async (c) => {
    const queue = deps.pushQueue;
    if (!queue) return c.text("the hub is not available in this process\n", 503);
    if (!c.req.header("content-type")?.startsWith("application/x-www-form-urlencoded")) {
      return c.text("send the request as application/x-www-form-urlencoded\n", 415);
    }
    const config = deps.config();
    const form = new URLSearchParams(await c.req.text());
    try {
      const mode = field(form, "hub.mode");
      if (mode !== "subscribe" && mode !== "unsubscribe") {
        throw new HubRequestError("hub.mode must be subscribe or unsubscribe");
      }
      const base = baseUrl(deps, c);
      const asked = field(form, "hub.topic");
      const topic = readTopic(asked, base, config, deps.now()).url;
      const callback = readCallback(field(form, "hub.callback"), config.allowPrivateHosts);
      const secret = form.get("hub.secret") || null;
      if (secret !== null && Buffer.byteLength(secret) > MAX_SECRET_BYTES) {
        throw new HubRequestError(`hub.secret must be less than 200 bytes`);
      }
      const leaseSeconds = readLease(
        form.get("hub.lease_seconds"),
        config.websub.defaultLease,
        config.websub.maxLease,
      );
      if (mode === "subscribe") {
        const full = await limitReached(
          deps.redis,
          keys,
          { topic, callback },
          config.websub,
          deps.now().getTime(),
        );
        if (full) return c.text(`${full}\n`, 429);
      }
      const data: VerifyData = { mode, topic, asked, base, callback, leaseSeconds, secret };
      await queue.add(VERIFY_JOB, data, INTERNAL_JOB_OPTIONS);
      return c.body(null, 202);
    } catch (error) {
      if (error instanceof HubRequestError) return c.text(`${error.message}\n`, 400);
      throw error;
    }
  });
  return app;
}
