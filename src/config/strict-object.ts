import { z } from "zod";

/**
 * A strict object whose unknown keys are reported with the keys it does accept, so a typo
 * ("intervall") is answered with the right spelling rather than only refused.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const accepted = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((key) => `"${key}"`).join(", ")}; accepted: ${accepted}`
        : undefined,
  });
}
