import type { ActivitySeries } from "../query/activity.ts";
import type { StoryFilter } from "../query/filter.ts";
import type { FilterOptions } from "../query/present-values.ts";
import { ActivityChart } from "./chart.tsx";
import { type FeedDocument, toEntry } from "./document.ts";
import { ActiveFilters, FilterForm, hrefWith } from "./filter-form.tsx";
import { SITE_CSS_PATH } from "./site-css.ts";
import { StoryCard } from "./story-card.tsx";
import { WorldMap } from "./world-map.tsx";

export interface PageUi {
  filter: StoryFilter;
  activity: ActivitySeries[];
  options: FilterOptions;
  /** Stories per country for the filter without its countries, for the map. */
  countryCounts: ReadonlyMap<string, number>;
  /** A warning every reader should see first, such as sitrep's own network being down. */
  notice?: string | null;
}

const FORMATS = [
  ["rss", "RSS", "application/rss+xml"],
  ["atom", "Atom", "application/atom+xml"],
  ["json", "JSON Feed", "application/feed+json"],
] as const;

const toggled = (values: readonly string[], value: string) =>
  values.includes(value) ? values.filter((other) => other !== value) : [...values, value];

function Page({ doc, ui }: { doc: FeedDocument; ui: PageUi }) {
  const action = doc.pageUrl.split("?")[0] ?? doc.pageUrl;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{doc.title}</title>
        <meta name="description" content={doc.description} />
        <link rel="stylesheet" href={SITE_CSS_PATH} />
        {FORMATS.map(([key, name, type]) => (
          <link rel="alternate" type={type} title={`${doc.title} (${name})`} href={doc.feedUrls[key]} />
        ))}
      </head>
      <body>
        <header>
          <h1>{doc.title}</h1>
          <nav class="subscribe" aria-label="Subscribe">
            Subscribe:{" "}
            {FORMATS.map(([key, name, type], index) => (
              <>
                {index > 0 ? " · " : ""}
                <a href={doc.feedUrls[key]} type={type}>
                  {name}
                </a>
              </>
            ))}
          </nav>
          {ui.notice ? (
            <p class="notice" role="status">
              {ui.notice}
            </p>
          ) : null}
        </header>
        <ActiveFilters action={action} filter={ui.filter} />
        <FilterForm action={action} filter={ui.filter} options={ui.options} />
        <div class="columns">
          <main>
            {doc.stories.length === 0 ? (
              <p>No stories match this filter yet.</p>
            ) : (
              <ol class="stories">
                {doc.stories.map((story) => (
                  <StoryCard entry={toEntry(story, doc.base)} />
                ))}
              </ol>
            )}
            {doc.omitted > 0 ? (
              <p class="notice" role="status">
                {doc.omitted} more {doc.omitted === 1 ? "story" : "stories"} left out to keep this page under
                2 MB; narrow the filter or page back with <code>until</code> to see them.
              </p>
            ) : null}
          </main>
          <aside>
            <WorldMap
              counts={ui.countryCounts}
              chosen={ui.filter.countries}
              hrefFor={(code) => hrefWith(action, ui.filter, "country", toggled(ui.filter.countries, code))}
              note={
                ui.filter.q.length + ui.filter.exclude.length > 0
                  ? "The map counts stories without the words filter."
                  : undefined
              }
            />
            <ActivityChart series={ui.activity} />
          </aside>
        </div>
      </body>
    </html>
  );
}

/**
 * The whole HTML page, server-rendered and usable without JavaScript: no script at all and
 * no inline styles, so the API can send a strict Content-Security-Policy.
 */
export function renderPage(doc: FeedDocument, ui: PageUi): string {
  return `<!DOCTYPE html>\n${(<Page doc={doc} ui={ui} />).toString()}`;
}
