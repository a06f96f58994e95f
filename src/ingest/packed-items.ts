import { setImmediate as yieldToLoop } from "node:timers/promises";
import { deserialize, serialize } from "node:v8";

/** How long unpacking may hold the event loop before it lets requests and timers run. */
const SLICE_MS = 10;

/**
 * Items as one byte array, each serialised behind its length. A thread hands its results over
 * this way so that the receiving event loop can rebuild them a slice at a time: 10,000 prepared
 * items are about 15 MB, and rebuilding them at once would hold that loop for most of a second.
 */
export function packItems(items: readonly unknown[]): Uint8Array {
  const parts = items.map((item) => serialize(item));
  const packed = new Uint8Array(parts.reduce((size, part) => size + 4 + part.length, 0));
  const view = new DataView(packed.buffer);
  let offset = 0;
  for (const part of parts) {
    view.setUint32(offset, part.length);
    packed.set(part, offset + 4);
    offset += 4 + part.length;
  }
  return packed;
}

/** The items of `packItems`, in order, yielding to the event loop every few milliseconds. */
export async function unpackItems<T>(packed: Uint8Array): Promise<T[]> {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const items: T[] = [];
  let sliceStart = performance.now();
  for (let offset = 0; offset < packed.byteLength; ) {
    const length = view.getUint32(offset);
    items.push(deserialize(packed.subarray(offset + 4, offset + 4 + length)) as T);
    offset += 4 + length;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
    }
  }
  return items;
}
