/** B-cubed precision, recall and F1 of a clustering against a gold one (Bagga & Baldwin 1998). */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Each report scores the share of its predicted cluster that is in its gold cluster
 * (precision) and the share of its gold cluster that it was put with (recall); the figures
 * are the means over `reports`. Clusters are cut to `reports`, so a part of a day (its
 * unseen reports) is scored on its own while the clustering ran over the whole day.
 */
export function bcubed(
  reports: readonly string[],
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): Scores {
  if (reports.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const members = (labels: ReadonlyMap<string, string>) => {
    const byLabel = new Map<string, Set<string>>();
    for (const report of reports) {
      const label = labelOf(labels, report);
      const set = byLabel.get(label) ?? new Set<string>();
      set.add(report);
      byLabel.set(label, set);
    }
    return byLabel;
  };
  const predictedSets = members(predicted);
  const goldSets = members(gold);
  let precision = 0;
  let recall = 0;
  for (const report of reports) {
    const mine = predictedSets.get(labelOf(predicted, report)) as Set<string>;
    const truth = goldSets.get(labelOf(gold, report)) as Set<string>;
    let both = 0;
    for (const other of mine) if (truth.has(other)) both += 1;
    precision += both / mine.size;
    recall += both / truth.size;
  }
  precision /= reports.length;
  recall /= reports.length;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

function labelOf(labels: ReadonlyMap<string, string>, report: string): string {
  const label = labels.get(report);
  if (label === undefined) throw new Error(`no cluster for ${report}`);
  return label;
}
