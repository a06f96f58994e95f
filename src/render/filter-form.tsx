import { countryName, filterParams } from "../query/describe.ts";
import type { StoryFilter } from "../query/filter.ts";
import type { ParamName } from "../query/params.ts";
import type { FilterOptions } from "../query/present-values.ts";
import { describeBound } from "../query/time.ts";
import { MAX_TEXT_LENGTH } from "../query/values.ts";

/** Parameters the form has no control for: they ride along hidden. */
const HIDDEN: ParamName[] = ["feed", "tag", "exclude", "until", "limit"];

const PERIODS: [string, string][] = [
  ["", "any time"],
  ["24h", "last 24 hours"],
  ["3d", "last 3 days"],
  ["7d", "last 7 days"],
  ["30d", "last 30 days"],
];

// Values already chosen stay offered even when the option lists no longer have them,
// so submitting the form again never drops part of the filter.
const withChosen = (offered: string[], chosen: string[]) => [...new Set([...offered, ...chosen])];

function Choice(props: {
  label: string;
  name: string;
  offered: string[];
  chosen: string[];
  text?: (value: string) => string;
}) {
  const values = withChosen(props.offered, props.chosen);
  if (values.length === 0) return null;
  return (
    <label>
      {props.label}
      <select name={props.name} multiple size={Math.min(5, Math.max(2, values.length))}>
        {values.map((value) => (
          <option value={value} selected={props.chosen.includes(value)}>
            {props.text ? props.text(value) : value}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A plain GET form: its fields are the query parameters themselves, so submitting it builds
 * the same URLs a feed reader subscribes to.
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
  const periods = withChosen(
    PERIODS.map(([value]) => value),
    filter.window.since === null ? [] : [filter.window.since],
  );
  const params = filterParams(filter);
  return (
    <form method="get" action={action} class="filters">
      <Choice
        label="Country"
        name="country"
        offered={options.countries}
        chosen={filter.countries}
        text={(code) => `${countryName(code)} (${code})`}
      />
      <Choice label="Region" name="region" offered={options.regions} chosen={filter.regions} />
      <Choice label="Crisis" name="crisis" offered={options.crises} chosen={filter.crises} />
      <Choice label="Language" name="lang" offered={options.languages} chosen={filter.languages} />
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
          {periods.map((value) => (
            <option value={value} selected={value === (filter.window.since ?? "")}>
              {PERIODS.find(([preset]) => preset === value)?.[1] ?? describeBound("since", value)}
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
  );
}
