import { createHmac } from "node:crypto";

/** "sha256=<hex HMAC-SHA256 of the exact bytes sent>", the form both X-Sitrep-Signature and WebSub use. */
export function signBody(secret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
