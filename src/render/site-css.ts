/** Where the API serves SITE_CSS; the page links it rather than inlining styles, so a strict CSP holds. */
export const SITE_CSS_PATH = "/static/site.css";

/**
 * The page's whole stylesheet: small, system fonts. Stories come first: one column on a phone
 * (the map and chart after the stories), the map and chart beside them on a wide screen.
 */
export const SITE_CSS = `:root { color-scheme: light dark; --muted: #666; --accent: #b3261e; --line: #ddd; --land: #eee; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --accent: #ff8a80; --line: #444; --land: #333; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: .75rem 1rem; font: 1rem/1.5 system-ui, sans-serif; }
a { color: inherit; text-decoration-color: var(--accent); }
header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .25rem 1rem; }
header h1 { margin: 0; font-size: 1.3rem; }
.subscribe, .meta, .count, .sources, .note, .axis { color: var(--muted); font-size: .85rem; }
.active ul { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; margin: .5rem 0 0; padding: 0; font-size: .85rem; }
.active a { display: inline-block; border: 1px solid var(--accent); border-radius: 1rem; padding: 0 .6rem; text-decoration: none; }
.filters { margin: .5rem 0; border: 1px solid var(--line); border-radius: .5rem; padding: .3rem .75rem; }
.filters summary { cursor: pointer; font-weight: 600; }
.filters form { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; padding: .5rem 0; }
header .notice { flex-basis: 100%; margin: .25rem 0; border-left: 4px solid #c0392b; padding: .25rem .75rem; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; }
.filters select, .filters input, .filters button { font: inherit; width: 100%; }
.filters .actions { display: flex; align-items: end; gap: .75rem; }
.columns { display: grid; gap: 1rem 2rem; }
@media (min-width: 60rem) { .columns { grid-template-columns: minmax(0, 1fr) 26rem; } aside { position: sticky; top: .5rem; align-self: start; } }
aside h2 { font-size: 1rem; margin: .75rem 0 .25rem; }
.map svg { display: block; width: 100%; height: auto; }
.map path { fill: var(--land); stroke: var(--line); stroke-width: .5; }
.map a:hover path, .map a:focus path { stroke: var(--accent); stroke-width: 1.5; }
.map .c1 { fill: color-mix(in srgb, var(--accent) 20%, var(--land)); }
.map .c2 { fill: color-mix(in srgb, var(--accent) 40%, var(--land)); }
.map .c3 { fill: color-mix(in srgb, var(--accent) 60%, var(--land)); }
.map .c4 { fill: color-mix(in srgb, var(--accent) 80%, var(--land)); }
.map .c5 { fill: var(--accent); }
.map .chosen { stroke: currentColor; stroke-width: 1.5; }
.note { margin: .25rem 0; }
.activity ol { list-style: none; margin: 0; padding: 0; }
.series { display: grid; grid-template-columns: 9rem 1fr 2.5rem; align-items: end; gap: .5rem; font-size: .8rem; }
.series .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.series .count { text-align: right; }
.series svg { display: block; width: 100%; height: 1.25rem; }
.series .bar { fill: var(--accent); }
.series .bar.empty { fill: var(--line); }
.axis { display: flex; justify-content: space-between; margin: .1rem 3rem 0 9.5rem; }
.stories { list-style: none; margin: 0; padding: 0; }
.story { border-top: 1px solid var(--line); padding: .75rem 0; }
.story:first-child { border-top: 0; padding-top: .25rem; }
.story h2 { font-size: 1.1rem; margin: 0; }
.story p { margin: .25rem 0; overflow-wrap: anywhere; }
.tags { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; margin: .4rem 0; padding: 0; font-size: .8rem; }
.tag { border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; }
.tag.crisis { border-color: var(--accent); }
`;
