import { countryName, filterParams, filterToQuery, paramsToQuery } from "../query/describe.ts";
import type { StoryFilter } from "../query/filter.ts";
import type { ParamName } from "../query/params.ts";
import type { FilterOptions } from "../query/present-values.ts";
import { describeBound } from "../query/time.ts";
import { MAX_TEXT_LENGTH } from "../query/values.ts";
import { languageName } from "../text/language-codes.ts";

/** Parameters the form has no control for: they ride along hidden. */
const HIDDEN: ParamName[] = ["feed", "tag", "exclude", "until", "limit"];

const PERIODS: [string, string][] = [
  ["", "any time"],
  ["24h", "last 24 hours"],
  ["3d", "last 3 days"],
  ["7d", "last 7 days"],
  ["30d", "last 30 days"],
];

/** The parameters a person picks values for, with how a value reads. */
const CHOICES = [
  { name: "country", label: "Country", text: (code: string) => `${countryName(code)} (${code})` },
  { name: "region", label: "Region", text: (slug: string) => slug.replaceAll("-", " ") },
  { name: "crisis", label: "Crisis", text: (slug: string) => slug.replaceAll("-", " ") },
  { name: "lang", label: "Language", text: (code: string) => `${languageName(code)} (${code})` },
] as const;
type ChoiceName = (typeof CHOICES)[number]["name"];

const OFFERED: Record<ChoiceName, keyof FilterOptions> = {
  country: "countries",
  region: "regions",
  crisis: "crises",
  lang: "languages",
};

/** The page's URL for the filter with one parameter's values replaced. */
export function hrefWith(action: string, filter: StoryFilter, name: ParamName, values: string[]): string {
  const query = paramsToQuery({ ...filterParams(filter), [name]: values });
  return query === "" ? action : `${action}?${query}`;
}

/** How each chosen value reads on its chip. */
function chipText(name: ParamName, value: string): string {
  const choice = CHOICES.find((entry) => entry.name === name);
  if (choice) return choice.text(value);
  if (name === "since" || name === "until") return describeBound(name, value);
  if (name === "q") return `“${value}”`;
  if (name === "exclude") return `not “${value}”`;
  return `${name}: ${value}`;
}

/**
 * What the page is filtered by, one chip per value, each a link to the page without it: the
 * filter can be undone a piece at a time, from the top of the page, without opening the form.
 */
export function ActiveFilters({ action, filter }: { action: string; filter: StoryFilter }) {
  const params = filterParams(filter);
  const chips = (Object.keys(params) as ParamName[])
    .filter((name) => name !== "limit")
    .flatMap((name) => params[name].map((value) => ({ name, value })));
  if (chips.length === 0) return null;
  return (
    <nav class="active" aria-label="Active filters">
      <ul>
        {chips.map(({ name, value }) => (
          <li>
            <a
              href={hrefWith(
                action,
                filter,
                name,
                params[name].filter((other) => other !== value),
              )}
              title="Take this out of the filter"
            >
              {chipText(name, value)} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <a href={action}>clear all</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** One drop-down that adds a value; the values already chosen ride along hidden, shown as chips. */
function Choice(props: {
  name: ChoiceName;
  label: string;
  offered: string[];
  chosen: string[];
  text: (value: string) => string;
}) {
  const left = props.offered.filter((value) => !props.chosen.includes(value));
  if (left.length === 0 && props.chosen.length === 0) return null;
  return (
    <label>
      {props.label}
      <select name={props.name}>
        <option value="">{props.chosen.length === 0 ? "any" : "add another…"}</option>
        {left.map((value) => (
          <option value={value}>{props.text(value)}</option>
        ))}
      </select>
      {props.chosen.length > 0 ? (
        <input type="hidden" name={props.name} value={props.chosen.join(",")} />
      ) : null}
    </label>
  );
}

/**
 * A plain GET form: its fields are the query parameters themselves, so submitting it builds
 * the same URLs a feed reader subscribes to. It is folded away until opened, so the stories
 * come first.
 */
export function FilterForm({
  action,
  filter,
  options,
}: {
  action: string;
  filter: StoryFilter;
  options: FilterOptions;
}) {
  const since = filter.window.since ?? "";
  const periods = PERIODS.some(([value]) => value === since)
    ? PERIODS
    : [...PERIODS, [since, describeBound("since", since)] as [string, string]];
  const params = filterParams(filter);
  return (
    <details class="filters">
      <summary>Filter stories{filterToQuery(filter) === "" ? "" : " further"}</summary>
      <form method="get" action={action}>
        {CHOICES.map((choice) => (
          <Choice
            name={choice.name}
            label={choice.label}
            offered={options[OFFERED[choice.name]]}
            chosen={params[choice.name]}
            text={choice.text}
          />
        ))}
        <label>
          Words
          <input
            type="search"
            name="q"
            value={filter.q.join(" ")}
            maxlength={MAX_TEXT_LENGTH}
            placeholder="e.g. border protest"
          />
        </label>
        <label>
          Period
          <select name="since">
            {periods.map(([value, text]) => (
              <option value={value} selected={value === since}>
                {text}
              </option>
            ))}
          </select>
        </label>
        {HIDDEN.filter((name) => params[name].length > 0).map((name) => (
          <input type="hidden" name={name} value={params[name].join(",")} />
        ))}
        <div class="actions">
          <button type="submit">Filter</button> <a href={action}>Clear</a>
        </div>
      </form>
    </details>
  );
}
