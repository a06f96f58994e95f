/**
 * One measured figure and the same-run reference it is judged against: the machines are
 * shared and noisy, so an absolute number alone says little, a ratio measured side by side more.
 */
export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  reference?: { name: string; value: number; unit: string };
  /** value / reference unless the figure defines its own (e.g. cycle time / interval). */
  ratio?: number;
  /** What the issue asks of the ratio or value, e.g. "≤ 1.1". */
  goal?: string;
  note?: string;
}

export function figure(
  bench: string,
  name: string,
  value: number,
  unit: string,
  extra: Partial<Figure> = {},
) {
  const ratio =
    extra.ratio ??
    (extra.reference && extra.reference.value !== 0 ? value / extra.reference.value : undefined);
  return { bench, name, value, unit, ...extra, ratio } satisfies Figure;
}

const number = (value: number) =>
  Math.abs(value) >= 100 ? Math.round(value).toLocaleString("en") : value.toPrecision(3);

const cells = (row: Figure) => [
  row.bench,
  row.name,
  `${number(row.value)} ${row.unit}`,
  row.reference ? `${row.reference.name}: ${number(row.reference.value)} ${row.reference.unit}` : "",
  row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}×`,
  row.goal ?? "",
  row.note ?? "",
];

/** A Markdown table, readable in a terminal and pasteable into BENCHMARKS.md. */
export function table(rows: Figure[]): string {
  const header = ["bench", "figure", "value", "reference", "ratio", "goal", "note"];
  const lines = [header, header.map(() => "---"), ...rows.map(cells)];
  return lines.map((line) => `| ${line.join(" | ")} |`).join("\n");
}
