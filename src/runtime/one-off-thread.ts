import { once } from "node:events";
import { startThread } from "./start-thread.ts";

/**
 * Runs the module `entry` in a thread of its own and resolves with the first message it posts,
 * once the thread has ended: whatever it allocated on the way goes with its heap, and only the
 * message (shared memory in it stays shared) is left in this one. Rejects with the thread's
 * error, or when it ends without an answer.
 */
export async function runOneOff<T>(entry: URL): Promise<T> {
  const thread = startThread(entry);
  const exited = once(thread, "exit");
  const [value] = await Promise.race([
    once(thread, "message"),
    exited.then(([code]) => {
      throw new Error(`the thread running ${entry.pathname} ended with code ${code} and no answer`);
    }),
  ]);
  await exited;
  return value as T;
}
