/**
 * Child process: serves `feeds` generated feeds at /f/<index>, each answering its first
 * request with 20 items; later requests answer 304 to a matching ETag, except for one feed
 * in ten, which then carries two new items (none with `changing: false`). It counts requests per feed and reports them
 * to the parent on request, so the benchmark can time cycles and check none was doubled.
 * Without `validators` it sends no ETag, so every poll downloads and parses the feed again.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { outletFeed, outletFormat } from "../fixtures/corpus.ts";
import { CONTENT_TYPES } from "../fixtures/feeds.ts";
import type { FixtureCounts, FixtureOptions } from "./fixture-process.ts";

const options = JSON.parse(process.argv[2] ?? "{}") as FixtureOptions;
const shape = { outlets: options.feeds, itemsPerFeed: options.itemsPerFeed, base: new Date(options.base) };
const changes = (index: number) => options.changing !== false && index % 10 === 3;

// Rendered up front, so serving costs the fixture next to nothing while the worker is timed.
const first = Array.from({ length: options.feeds }, (_, index) => Buffer.from(outletFeed(shape, index)));
const second = first.map((body, index) => (changes(index) ? Buffer.from(outletFeed(shape, index, 2)) : body));

const requests = new Uint32Array(options.feeds);
/** firstAt[n]: when the first (n+1)-th request of any feed arrived, in ms since the epoch. */
const firstAt: number[] = [];
let notModified = 0;
let full = 0;

const server = createServer((req, res) => {
  const index = Number(/^\/f\/(\d+)$/.exec(req.url ?? "")?.[1] ?? Number.NaN);
  if (!(index >= 0 && index < options.feeds)) {
    res.writeHead(404).end();
    return;
  }
  const nth = requests[index] ?? 0;
  requests[index] = nth + 1;
  firstAt[nth] ??= Date.now();
  const version = nth === 0 || !changes(index) ? 1 : 2;
  const etag = `"v${version}"`;
  if (options.validators && req.headers["if-none-match"] === etag) {
    notModified += 1;
    res.writeHead(304, { etag }).end();
    return;
  }
  full += 1;
  const headers = {
    "content-type": CONTENT_TYPES[outletFormat(index)],
    ...(options.validators ? { etag } : {}),
  };
  res.writeHead(200, headers);
  res.end(version === 1 ? first[index] : second[index]);
});

server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: "ready", url: `http://127.0.0.1:${port}` });
});

process.on("message", (message: { type: string }) => {
  if (message.type !== "counts") return;
  const histogram: Record<number, number> = {};
  for (const count of requests) histogram[count] = (histogram[count] ?? 0) + 1;
  const counts: FixtureCounts = { histogram, firstAt, notModified, full };
  process.send?.({ type: "counts", counts });
});
process.on("disconnect", () => process.exit(0));
