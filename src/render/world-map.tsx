import { geoEqualEarth, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };
import { countryName } from "../query/describe.ts";

const WIDTH = 960;
const HEIGHT = 440;
// Antarctica has no stories to show and would take a fifth of the height.
const LEFT_OUT = new Set(["010"]);

interface Shape {
  /** ISO 3166-1 alpha-2; null for a shape without an assigned code (Kosovo, N. Cyprus). */
  code: string | null;
  name: string;
  d: string;
}

/**
 * The world's countries as SVG paths, projected once when the module loads: Natural Earth's
 * 1:110m outlines (world-atlas), keyed by ISO 3166 numeric id, drawn in the Equal Earth
 * projection, whose areas compare truly.
 */
const SHAPES: Shape[] = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  world.features = world.features.filter((country) => !LEFT_OUT.has(String(country.id)));
  const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], world)).digits(0);
  return world.features.map((country) => {
    const code = countries.numericToAlpha2(String(country.id)) ?? null;
    return { code, name: code ? countryName(code) : country.properties.name, d: path(country) ?? "" };
  });
})();

const plural = (count: number) => `${count} ${count === 1 ? "story" : "stories"}`;

/** Five shades on a square-root scale, so one busy country does not wash out the rest. */
function shade(count: number, max: number): string {
  return count === 0 ? "c0" : `c${Math.max(1, Math.ceil(Math.sqrt(count / max) * 5))}`;
}

/**
 * Stories per country as a map drawn on the server: each country is a link that adds it to
 * the filter (or, when chosen, takes it out again), so the map needs no script.
 */
export function WorldMap(props: {
  counts: ReadonlyMap<string, number>;
  chosen: readonly string[];
  hrefFor: (code: string) => string;
  /** Why the counts may differ from the list (a words filter the indexes cannot count). */
  note?: string;
}) {
  const max = Math.max(1, ...props.counts.values());
  const shown = [...props.counts.values()].filter((count) => count > 0).length;
  return (
    <section class="map" aria-labelledby="map-heading">
      <h2 id="map-heading">Where the stories are</h2>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Map of story counts: ${shown} countries have stories`}
      >
        {SHAPES.map((shape) => {
          const count = shape.code ? (props.counts.get(shape.code) ?? 0) : 0;
          const chosen = shape.code !== null && props.chosen.includes(shape.code);
          const drawn = (
            <path d={shape.d} class={`${shade(count, max)}${chosen ? " chosen" : ""}`}>
              <title>{`${shape.name}: ${plural(count)}${chosen ? " (in the filter: select to take it out)" : ""}`}</title>
            </path>
          );
          return shape.code ? <a href={props.hrefFor(shape.code)}>{drawn}</a> : drawn;
        })}
      </svg>
      <p class="note">Select a country to filter by it.{props.note ? ` ${props.note}` : ""}</p>
    </section>
  );
}
