/** Where the API serves SITE_CSS; the page links it rather than inlining styles, so a strict CSP holds. */
export const SITE_CSS_PATH = "/static/site.css";

/** The page's whole stylesheet: small, system fonts, one column that fits a phone. */
export const SITE_CSS = `:root { color-scheme: light dark; --muted: #666; --accent: #b3261e; --line: #ddd; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --accent: #ff8a80; --line: #444; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 48rem; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; }
a { color: inherit; text-decoration-color: var(--accent); }
header h1 { margin: 0 0 .25rem; font-size: 1.4rem; }
header p, .meta, .count, .sources { color: var(--muted); font-size: .9rem; }
header .notice { color: inherit; border-left: 4px solid #c0392b; padding: .25rem .75rem; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; margin: 1rem 0;
  padding: .75rem; border: 1px solid var(--line); border-radius: .5rem; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; }
.filters select, .filters input, .filters button { font: inherit; width: 100%; }
.filters .actions { display: flex; align-items: end; gap: .75rem; }
.activity { margin: 1rem 0; }
.activity h2 { font-size: 1rem; }
.series { margin: 0 0 .5rem; }
.series svg { display: block; width: 100%; height: 2.5rem; }
.series .bar { fill: var(--accent); }
.series .bar.empty { fill: var(--line); }
.stories { list-style: none; margin: 0; padding: 0; }
.story { border-top: 1px solid var(--line); padding: .75rem 0; }
.story h2 { font-size: 1.1rem; margin: 0; }
.story p { margin: .25rem 0; overflow-wrap: anywhere; }
.tags { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; margin: .4rem 0; padding: 0; font-size: .8rem; }
.tag { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; }
.tag.crisis { border-color: var(--accent); }
`;
