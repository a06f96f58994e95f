import { pino } from "pino";
import pretty from "pino-pretty";

export type Logger = pino.Logger;

/** How log lines look: JSON for log collectors, or coloured lines for a person at a terminal. */
export type LogFormat = "json" | "pretty";

/**
 * Logs on stdout, one line per event: JSON objects, or pino-pretty's readable lines. Pretty
 * lines are written synchronously in this thread (no transport worker), so the last line
 * before an exit is never lost.
 */
export function createLogger(level: string, format: LogFormat = "json", name = "sitrep"): Logger {
  if (format === "json") return pino({ name, level });
  return pino(
    { name, level },
    pretty({ sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" }),
  );
}
