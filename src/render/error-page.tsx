import type { QueryError } from "../query/error.ts";
import { SITE_CSS_PATH } from "./site-css.ts";

/** The page's answer to a filter it cannot apply: what is wrong, what would work, and a way back. */
export function renderErrorPage(error: QueryError): string {
  const page = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>sitrep: this filter cannot be applied</title>
        <link rel="stylesheet" href={SITE_CSS_PATH} />
      </head>
      <body>
        <header>
          <h1>This filter cannot be applied</h1>
        </header>
        <main>
          <p>
            The <code>{error.param}</code> parameter is wrong: {error.problem}.
          </p>
          {error.accepted === null ? null : <p>Accepted: {error.accepted}.</p>}
          <p>
            <a href="/">Show all stories</a>
          </p>
        </main>
      </body>
    </html>
  );
  return `<!DOCTYPE html>\n${page.toString()}`;
}
