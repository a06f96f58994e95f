import type { Entry } from "./document.ts";
import type { Vocabulary } from "./vocab.ts";

const PARAM: Record<Exclude<Vocabulary, "event">, string> = {
  country: "country",
  region: "region",
  crisis: "crisis",
  custom: "tag",
};

const SUMMARY_CHARS = 320;
const shorten = (text: string) =>
  text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : text;

const readableTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function Tags({ entry }: { entry: Entry }) {
  if (entry.categories.length === 0) return null;
  return (
    <ul class="tags">
      {entry.categories.map((category) => {
        // The event tag opens the event's own page; the others filter this page.
        const href =
          category.vocabulary === "event"
            ? (entry.event?.url ?? "")
            : `?${PARAM[category.vocabulary]}=${encodeURIComponent(category.term)}`;
        return (
          <li class={`tag ${category.vocabulary}`}>
            <a href={href}>{category.label ?? category.term}</a>
          </li>
        );
      })}
    </ul>
  );
}

function Sources({ entry }: { entry: Entry }) {
  const others = entry.sources.filter((source) => !source.main);
  if (others.length === 0) return null;
  return (
    <p class="sources">
      Also reported by:{" "}
      {others.map((source, index) => (
        <>
          {index > 0 ? ", " : ""}
          {source.url ? (
            <a href={source.url} hreflang={source.language ?? undefined}>
              {source.label}
            </a>
          ) : (
            source.label
          )}
        </>
      ))}
    </p>
  );
}

/** One story on the page: plain text only (title, summary), never the feed's HTML. */
export function StoryCard({ entry }: { entry: Entry }) {
  const main = entry.sources.find((source) => source.main);
  return (
    <li class="story">
      <article lang={entry.language ?? undefined}>
        <h2 dir="auto">{entry.url ? <a href={entry.url}>{entry.title}</a> : entry.title}</h2>
        <p class="meta">
          <time datetime={entry.published}>{readableTime(entry.published)}</time>
          {main ? ` · ${main.label}` : ""}
          {entry.author ? ` · ${entry.author}` : ""}
        </p>
        {entry.summary ? <p dir="auto">{shorten(entry.summary)}</p> : null}
        <Tags entry={entry} />
        <Sources entry={entry} />
      </article>
    </li>
  );
}
