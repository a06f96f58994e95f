import type { Redis } from "ioredis";
import type { Logger } from "../log.ts";
import { within } from "./within.ts";

/**
 * How long one shutdown step may take. A step that needs Redis while Redis is away (a
 * `quit` behind queued commands, a worker waiting for a job's writes) never settles on its
 * own, and a process told to stop must stop.
 */
export const SHUTDOWN_STEP_MS = 5_000;

export interface ShutdownStep {
  name: string;
  close(): Promise<unknown>;
  /** Tears down by force what `close` did not finish in time (e.g. a connection's `disconnect()`). */
  abandon?(): void;
}

type Settled = "done" | "timed out" | { error: unknown };

/**
 * Runs the steps one after another, each bounded by `timeoutMs`; a step that fails or runs
 * out of time is logged, abandoned and passed over, so the later ones still run. Resolves
 * to whether every step finished cleanly.
 */
export async function closeInOrder(
  steps: ShutdownStep[],
  options: { timeoutMs: number; log: Logger },
): Promise<boolean> {
  let clean = true;
  for (const step of steps) {
    const settled = await within<Settled>(
      options.timeoutMs,
      () =>
        step.close().then(
          (): Settled => "done",
          (error: unknown): Settled => ({ error }),
        ),
      "timed out",
    );
    if (settled === "done") continue;
    clean = false;
    step.abandon?.();
    if (settled === "timed out") {
      options.log.warn(
        { step: step.name, timeoutMs: options.timeoutMs },
        "shutdown step timed out; going on",
      );
    } else {
      options.log.error({ step: step.name, err: settled.error }, "shutdown step failed; going on");
    }
  }
  return clean;
}

/**
 * `quit` lets pending replies arrive first, but a Redis that is away sends none (and ioredis
 * queues the `quit` behind commands that wait for it), so only `disconnect` ends that one.
 */
export function closeConnection(name: string, connection: Redis): ShutdownStep {
  return {
    name,
    close: async () => {
      if (connection.status === "ready") await connection.quit();
      else connection.disconnect();
    },
    abandon: () => connection.disconnect(),
  };
}
