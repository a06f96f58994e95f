import type { IncomingMessage } from "node:http";
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { FetchError } from "./fetch-error.ts";

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * Reads a response body into memory, decompressed, holding at most `maxBytes` both on the wire and after
 * decompression. The caps sit inside the stream so a gzip bomb or an endless body is cut off as soon as it
 * crosses the line: backpressure keeps zlib from inflating more than one chunk ahead of the check.
 * The caller destroys `res` if this throws before the pipeline has taken it over.
 */
export async function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers["content-length"]);
  if (declared > maxBytes) throw tooLarge(`Content-Length ${declared}`, maxBytes);
  const decoders = decodersFor(res.headers["content-encoding"]);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const decoding = decoders.length > 0 ? [...decoders, byteCap(maxBytes, "decompressed")] : [];
  const chain = [res, byteCap(maxBytes, "on the wire"), ...decoding, sink];
  // pipeline destroys every stage with the first error, so only the first to fail tells where it came from.
  let origin: (typeof chain)[number] | undefined;
  for (const stage of chain) {
    stage.once("error", () => {
      origin ??= stage;
    });
  }
  try {
    await pipeline(chain, { signal });
  } catch (error) {
    if (decoders.some((decoder) => decoder === origin)) {
      throw new FetchError("decode", `body is not valid ${res.headers["content-encoding"]}`, {
        cause: error,
      });
    }
    throw error;
  }
  return Buffer.concat(chunks);
}

/** Content-Encoding lists codings in the order applied, so they are undone last first. */
function decodersFor(header: string | undefined): Transform[] {
  const codings = (header ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  return codings.reverse().map((coding) => {
    const create = DECODERS[coding];
    if (!create) throw new FetchError("decode", `unsupported Content-Encoding "${coding}"`);
    return create();
  });
}

function byteCap(maxBytes: number, where: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > maxBytes ? tooLarge(`over ${seen} bytes ${where}`, maxBytes) : null, chunk);
    },
  });
}

function tooLarge(what: string, maxBytes: number): FetchError {
  return new FetchError("too-large", `body too large: ${what}, limit ${maxBytes}`);
}
