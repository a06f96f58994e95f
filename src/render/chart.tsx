import type { ActivitySeries } from "../query/activity.ts";

const BAR = 8;
const GAP = 2;
const HEIGHT = 40;

const plural = (count: number) => `${count} ${count === 1 ? "story" : "stories"}`;

/** One series as a bar per day. Bars share one scale across series so their heights compare. */
function Sparkbars({ series, max }: { series: ActivitySeries; max: number }) {
  const width = series.days.length * (BAR + GAP);
  const total = series.days.reduce((sum, day) => sum + day.count, 0);
  const first = series.days[0]?.day ?? "";
  const last = series.days.at(-1)?.day ?? "";
  return (
    <figure class="series">
      <figcaption>
        {series.label} <span class="count">{plural(total)}</span>
      </figcaption>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${series.label}: ${plural(total)} from ${first} to ${last}`}
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
              <title>{`${day.day}: ${plural(day.count)}`}</title>
            </rect>
          );
        })}
      </svg>
    </figure>
  );
}

/** Stories per day over the last weeks: inline SVG drawn on the server, readable without script. */
export function ActivityChart({ series }: { series: ActivitySeries[] }) {
  if (series.length === 0) return null;
  const max = Math.max(1, ...series.flatMap((entry) => entry.days.map((day) => day.count)));
  const days = series[0]?.days.length ?? 0;
  return (
    <section class="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Stories per day, last {days} days</h2>
      {series.map((entry) => (
        <Sparkbars series={entry} max={max} />
      ))}
    </section>
  );
}
