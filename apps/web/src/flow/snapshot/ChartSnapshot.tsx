import type { ChartSnapshot as Snapshot } from "@samspel/core";
import { lazy, Suspense } from "react";

// Observable Plot is a third of the app's code, and most sessions share no chart: the phone and
// the wall load it only when a chart fact is shown.
const ChartSnapshotView = lazy(() =>
  import("./ChartSnapshotView").then((module) => ({ default: module.ChartSnapshotView })),
);

/** A chart shared as a fact, drawn once the charting code has loaded (space kept meanwhile). */
export function ChartSnapshot({ snapshot }: { snapshot: Snapshot }) {
  return (
    <Suspense fallback={<figure className="chart-snapshot chart-snapshot-loading" aria-busy />}>
      <ChartSnapshotView snapshot={snapshot} />
    </Suspense>
  );
}
