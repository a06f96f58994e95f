import { createInterface } from "node:readline";

/** The streams a command talks to, passed in so tests can drive commands without a child process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A sub-command: takes its own arguments, returns the process exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;

export type NdjsonLine = { line: number; value: unknown } | { line: number; error: string };

/** Reads NDJSON; a malformed line yields an error entry instead of ending the stream. */
export async function* readNdjson(stream: NodeJS.ReadableStream): AsyncGenerator<NdjsonLine> {
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line += 1;
    if (text.trim() === "") continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (error) {
      yield { line, error: `line ${line}: not JSON (${(error as Error).message})` };
    }
  }
}

export function writeLine(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value)}\n`);
}
