import type { ActivitySeries } from "../query/activity.ts";

const BAR = 8;
const GAP = 2;
const HEIGHT = 20;

const plural = (count: number) => `${count} ${count === 1 ? "story" : "stories"}`;

/** "2026-03-10" → "10 Mar": the axis and the bars' titles need only day and month. */
const shortDate = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });

/** One series as a row: its name, a bar per day, its total. Bars share one scale across rows. */
function Sparkbars({ series, max }: { series: ActivitySeries; max: number }) {
  const width = series.days.length * (BAR + GAP);
  const total = series.days.reduce((sum, day) => sum + day.count, 0);
  const first = series.days[0]?.day ?? "";
  const last = series.days.at(-1)?.day ?? "";
  return (
    <li class="series">
      <span class="label">{series.label}</span>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${series.label}: ${plural(total)} from ${shortDate(first)} to ${shortDate(last)}`}
      >
        {series.days.map((day, index) => {
          const height = day.count === 0 ? 1 : Math.max(2, Math.round((day.count / max) * HEIGHT));
          return (
            <rect
              x={index * (BAR + GAP)}
              y={HEIGHT - height}
              width={BAR}
              height={height}
              class={day.count ? "bar" : "bar empty"}
            >
              <title>{`${shortDate(day.day)}: ${plural(day.count)}`}</title>
            </rect>
          );
        })}
      </svg>
      <span class="count">{total}</span>
    </li>
  );
}

/**
 * Stories per day over the last weeks, a small row per busy country or crisis, with the
 * dates under the bars: inline SVG drawn on the server, readable without script.
 */
export function ActivityChart({ series }: { series: ActivitySeries[] }) {
  const days = series[0]?.days ?? [];
  if (days.length === 0) return null;
  const max = Math.max(1, ...series.flatMap((entry) => entry.days.map((day) => day.count)));
  const middle = days[Math.floor((days.length - 1) / 2)]?.day ?? "";
  return (
    <section class="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Stories per day, last {days.length} days</h2>
      <ol>
        {series.map((entry) => (
          <Sparkbars series={entry} max={max} />
        ))}
      </ol>
      <p class="axis" aria-hidden="true">
        <span>{shortDate(days[0]?.day ?? "")}</span>
        <span>{shortDate(middle)}</span>
        <span>{shortDate(days.at(-1)?.day ?? "")}</span>
      </p>
    </section>
  );
}
