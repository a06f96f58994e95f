import type { ActivitySeries } from "../query/activity.ts";
import type { StoryFilter } from "../query/filter.ts";
import type { FilterOptions } from "../query/present-values.ts";
import { ActivityChart } from "./chart.tsx";
import { type FeedDocument, toEntry } from "./document.ts";
import { FilterForm } from "./filter-form.tsx";
import { SITE_CSS_PATH } from "./site-css.ts";
import { StoryCard } from "./story-card.tsx";

export interface PageUi {
  filter: StoryFilter;
  activity: ActivitySeries[];
  options: FilterOptions;
}

const FORMATS = [
  ["rss", "RSS", "application/rss+xml"],
  ["atom", "Atom", "application/atom+xml"],
  ["json", "JSON Feed", "application/feed+json"],
] as const;

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
          <p>{doc.description}</p>
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
        </header>
        <FilterForm action={action} filter={ui.filter} options={ui.options} />
        <ActivityChart series={ui.activity} />
        <main>
          {doc.stories.length === 0 ? (
            <p>No stories match this filter yet.</p>
          ) : (
            <ol class="stories">
              {doc.stories.map((story) => (
                <StoryCard entry={toEntry(story)} />
              ))}
            </ol>
          )}
        </main>
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
