import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { rss, rssItem } from "./hostile-documents.ts";

/** Servers that misbehave at the HTTP level, for the end-to-end hostile-input test. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const RSS_TYPE = { "content-type": "application/rss+xml; charset=utf-8" };

export const send =
  (body: string | Buffer, headers: Record<string, string> = RSS_TYPE, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, headers).end(body);
  };

/** Writes forever, as fast as the client reads, until it hangs up. */
export const endlessBody: Route = (req, res) => {
  res.writeHead(200, RSS_TYPE);
  res.write(rss("").replace("</channel></rss>", ""));
  const chunk = Buffer.from(rssItem({ guid: "spam", title: "Again and again" }).repeat(200));
  let open = true;
  req.socket.once("close", () => {
    open = false;
  });
  const pump = () => {
    while (open && res.write(chunk));
    if (open) res.once("drain", pump);
  };
  pump();
};

let bomb: Buffer | undefined;
/** 2 GiB of zeros inflated, about 2 MB on the wire: 32 gzip members of 64 MiB each. */
export const gzipBomb: Route = (_req, res) => {
  const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  bomb ??= Buffer.concat(Array.from({ length: 32 }, () => member));
  res.writeHead(200, { ...RSS_TYPE, "content-encoding": "gzip" }).end(bomb);
};

/** One byte every two seconds: headers arrive at once, the body never finishes in time. */
export const slowDrip: Route = (req, res) => {
  res.writeHead(200, RSS_TYPE);
  const body = rss(rssItem({ guid: "slow", title: "Slow news" }));
  let at = 0;
  const timer = setInterval(() => res.write(body.charAt(at++)), 2000);
  req.socket.once("close", () => clearInterval(timer));
};

export const redirectLoop: Route = (req, res) => {
  res.writeHead(302, { location: req.url === "/a" ? "/b" : "/a" }).end();
};

export const redirectToMetadata = send(
  "",
  {
    location: "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
  },
  302,
);
