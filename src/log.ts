import { pino } from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs on stdout, one object per line. */
export function createLogger(level: string, name = "sitrep"): Logger {
  return pino({ name, level });
}
