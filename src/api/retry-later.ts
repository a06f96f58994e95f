import { HTTPException } from "hono/http-exception";

/**
 * A refusal the client may try again after `retryAfter` seconds: the reason as JSON for a
 * person or a program, and Retry-After for clients that read only headers. Never cached: it
 * says nothing about the resource.
 */
export function retryLater(status: 429 | 503, reason: string, retryAfter: number): HTTPException {
  return new HTTPException(status, {
    message: reason,
    res: new Response(JSON.stringify({ error: reason, retryAfter }), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Retry-After": String(retryAfter),
        "Cache-Control": "no-store",
      },
    }),
  });
}
