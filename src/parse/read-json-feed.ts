import { z } from "zod";
import { FeedParseError } from "./feed-parse-error.ts";
import { textToHtml } from "./markup.ts";
import type { RawFeed, RawItem } from "./raw.ts";

// Optional fields are nullish: publishers often write null where the spec says "omit".
const text = z.string().nullish();
const Author = z.object({ name: text });

const VERSION = "expected https://jsonfeed.org/version/1 or /version/1.1";
const JsonFeed = z.object(
  {
    version: z
      .string({ error: VERSION })
      .regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?\/?$/, { error: VERSION }),
    title: text,
    home_page_url: text,
    language: text,
    authors: z.array(Author).nullish(),
    author: Author.nullish(),
    items: z.array(z.unknown(), { error: "expected an array of items" }),
  },
  { error: "expected a JSON object" },
);

const JsonItem = z.object({
  // JSON Feed 1.1 §items: an id given as a number must be read as a string.
  id: z.union([z.string(), z.number()], { error: "expected a string (or a number)" }).transform(String),
  url: text,
  external_url: text,
  title: text,
  content_html: text,
  content_text: text,
  summary: text,
  date_published: text,
  date_modified: text,
  author: Author.nullish(),
  authors: z.array(Author).nullish(),
  tags: z.array(z.string()).nullish(),
  language: text,
});

/** JSON Feed 1.0 and 1.1, validated with zod; an invalid item is skipped with the field named. */
export function readJsonFeed(source: string): RawFeed {
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (error) {
    throw new FeedParseError(`not a feed: invalid JSON (${(error as Error).message})`, { cause: error });
  }
  const top = JsonFeed.safeParse(document);
  if (!top.success) throw new FeedParseError(`invalid JSON Feed: ${describe(top.error)}`);
  const feedAuthors = names(top.data.authors, top.data.author);
  const errors: string[] = [];
  const items: RawItem[] = [];
  top.data.items.forEach((candidate, index) => {
    const item = JsonItem.safeParse(candidate);
    if (item.success) items.push(toRaw(item.data, index + 1, feedAuthors));
    else errors.push(`item ${index + 1}: ${describe(item.error)}`);
  });
  const { title, home_page_url, language } = top.data;
  const link = home_page_url ?? null;
  return { title: title ?? null, link, base: link, language: language ?? null, items, errors };
}

function toRaw(item: z.infer<typeof JsonItem>, position: number, feedAuthors: string[]): RawItem {
  const authors = names(item.authors, item.author);
  const contentText = item.content_text ? textToHtml(item.content_text) : null;
  return {
    position,
    guid: item.id,
    link: item.url ?? item.external_url ?? null,
    base: null,
    title: item.title ?? null,
    summary: item.summary ?? null,
    contentHtml: item.content_html ?? contentText,
    published: item.date_published ?? null,
    updated: item.date_modified ?? null,
    // 1.1 replaced "author" with "authors"; items inherit the feed's.
    authors: authors.length > 0 ? authors : feedAuthors,
    categories: item.tags ?? [],
    language: item.language ?? null,
  };
}

function names(...lists: (z.infer<typeof Author>[] | z.infer<typeof Author> | null | undefined)[]): string[] {
  return lists.flat().flatMap((author) => (author?.name ? [author.name] : []));
}

/** The first issue with its path, e.g. "tags[1]: Invalid input: expected string, received number". */
function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  const path = issue.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("");
  return path === "" ? issue.message : `${path.replace(/^\./, "")}: ${issue.message}`;
}
