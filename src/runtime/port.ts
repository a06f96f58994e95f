import { createServer } from "node:net";

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

/**
 * Fails with one plain line when something already listens on the API's port, so a second
 * sitrep stops before it touches Redis rather than with a stack trace after it has.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", (error) => reject(explainListenError(error, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A listen error as the line an operator needs: "in use" says what to do about it. */
export function explainListenError(error: NodeJS.ErrnoException, port: number): Error {
  return error.code === "EADDRINUSE"
    ? new PortInUseError(`port ${port} is in use: is another sitrep running? set PORT`)
    : error;
}
