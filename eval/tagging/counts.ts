/**
 * Counts the labels per batch without tagging anything (so a batch can be checked before the
 * tagger ever sees it): items per language, bare headlines, items naming only a place below the
 * country, and each crisis. `npm run eval:tag:counts`.
 */
import { batchOf, type Label, loadLabels } from "./labels.ts";

const tally = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([value, count]) => `${value} ${count}`)
    .join(", ");
};

function report(name: string, labels: Label[]) {
  console.log(`\n${name}: ${labels.length} items`);
  console.log(`  languages: ${tally(labels.map((label) => label.language))}`);
  console.log(`  headline only: ${labels.filter((label) => label.form === "headline").length}`);
  const sub = labels.filter((label) => label.subnationalOnly);
  console.log(`  sub-national only: ${sub.length} (${tally(sub.map((label) => label.language))})`);
  const calm = labels.filter((label) => label.crises.length === 0);
  console.log(`  with a crisis: ${labels.length - calm.length}; crisis-free: ${calm.length}`);
  console.log(`  crises: ${tally(labels.flatMap((label) => label.crises))}`);
  const bare = calm.filter((label) => label.countries.length === 0).length;
  console.log(`  neither country nor crisis: ${bare}`);
}

const labels = loadLabels();
for (const batch of [...new Set(labels.map(batchOf))].sort()) {
  report(
    `batch ${batch}`,
    labels.filter((label) => batchOf(label) === batch),
  );
}
