import { QueryError } from "./error.ts";

/**
 * A place in the newest-first order: the score (first report's time, ms) and id of the last
 * story a page held. The next page starts strictly after it, so stories stored meanwhile
 * (newer ones land before it) never shift or repeat what follows.
 */
export interface Cursor {
  score: number;
  id: string;
}

/** How story ids are spelt: base64url, as the store writes them (src/normalise/item-id.ts). */
export const STORY_ID = /^[A-Za-z0-9_-]{1,64}$/;

const ACCEPTED = 'the "next" value of a previous page, unchanged';

// Opaque on purpose: clients pass it back as they got it, so its layout may change.
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.score, cursor.id]), "utf8").toString("base64url");
}

function decode(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [score, id] = value as unknown[];
    if (!Number.isSafeInteger(score) || typeof id !== "string" || !STORY_ID.test(id)) return null;
    return { score: score as number, id };
  } catch {
    return null;
  }
}

/** The `cursor` query parameter: absent (the first page) or one cursor this API gave out. */
export function readCursor(raw: string | string[] | undefined): Cursor | null {
  const values = [raw ?? []].flat();
  if (values.length > 1) throw new QueryError("cursor", `${values.length} values given`, "a single value");
  const text = values[0];
  if (text === undefined || text === "") return null;
  const cursor = decode(text);
  if (cursor === null) throw new QueryError("cursor", `"${text.slice(0, 80)}" is not a cursor`, ACCEPTED);
  return cursor;
}
