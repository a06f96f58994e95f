export type FetchErrorCode =
  | "http"
  | "timeout"
  | "too-large"
  | "blocked"
  | "redirects"
  | "network"
  | "decode";

export interface FetchErrorDetails {
  status?: number | null;
  retryAfterMs?: number | null;
  cause?: unknown;
}

/**
 * Why one feed download failed. `permanent` tells the scheduler to stop polling rather than back off:
 * it is derived here, in one place, so every call site agrees on what "gone for good" means.
 */
export class FetchError extends Error {
  override name = "FetchError";
  readonly code: FetchErrorCode;
  readonly status: number | null;
  readonly permanent: boolean;
  readonly retryAfterMs: number | null;

  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.code = code;
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.permanent = code === "blocked" || (code === "http" && (this.status === 404 || this.status === 410));
  }
}

/** Turns whatever a socket, parser or stream threw into a FetchError that names the URL. */
export function asFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const label = typeof code === "string" && !reason.includes(code) ? `${code}: ${reason}` : reason;
  return new FetchError("network", `${url}: ${label}`, { cause: error });
}
