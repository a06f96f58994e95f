import http, { type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { FetchError } from "./fetch-error.ts";

export interface HopOptions {
  headers: OutgoingHttpHeaders;
  connectTimeoutMs: number;
  /** The SSRF-guarded resolver, or undefined for a host the operator allowed. */
  lookup: LookupFunction | undefined;
  signal: AbortSignal;
}

/**
 * Sends one GET, without following redirects, and resolves once the status line and headers are in.
 * Each request gets its own connection (agent: false) so a socket vetted for one host or policy is never
 * reused for another, and so the connect timeout always measures a real DNS + TCP (+ TLS) handshake.
 */
export function sendRequest(url: URL, options: HopOptions): Promise<IncomingMessage> {
  const secure = url.protocol === "https:";
  const { request } = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      headers: options.headers,
      agent: false,
      lookup: options.lookup,
      signal: options.signal,
    });
    const connectTimer = setTimeout(() => {
      req.destroy(
        new FetchError("timeout", `no connection to ${url.host} within ${options.connectTimeoutMs} ms`),
      );
    }, options.connectTimeoutMs);
    req.once("socket", (socket) => {
      socket.once(secure ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
    });
    req.once("response", (res) => {
      clearTimeout(connectTimer);
      resolve(res);
    });
    // Stays attached after the response so a late socket error cannot become an uncaught exception.
    req.on("error", (error) => {
      clearTimeout(connectTimer);
      reject(error);
    });
    req.end();
  });
}
