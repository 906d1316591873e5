import * as Plot from "@observablehq/plot";
import type { ChartSnapshot } from "@samspel/core";
import { useCallback } from "react";
import { useSessionT } from "../../components/SessionLanguage";
import { formatDate } from "../../lib/format";
import { COLOURS } from "../charts/colours";
import { PlotFigure } from "../charts/PlotFigure";
import { formatNumber } from "../format";
import { keyFigureOf } from "./build-snapshot";

/**
 * A chart shared as a fact, drawn from its frozen points alone: small, with its figure and
 * when and how it was taken, so that whoever reads the fact knows what it rests on. In the
 * session's language where there is one (wall, record), else the reader's.
 */
export function ChartSnapshotView({ snapshot }: { snapshot: ChartSnapshot }) {
  const { t, language } = useSessionT();
  const unit = t(`flow.snapshot.units.${snapshot.unit}`);
  const title = t("flow.snapshot.label", {
    kind: t(`flow.snapshot.kinds.${snapshot.kind}`),
    process: snapshot.processName,
  });
  const figure = keyFigureOf(snapshot);
  const build = useCallback((): Plot.PlotOptions => {
    const points = snapshot.points.map((point, index) => ({ ...point, index }));
    const { limits } = snapshot;
    const rules = limits
      ? [limits.upper, ...(limits.lower === undefined ? [] : [limits.lower])]
      : [];
    const every = Math.max(1, Math.ceil(points.length / 6));
    return {
      height: 160,
      marginLeft: 40,
      x: {
        label: null,
        tickFormat: (index: number) => (index % every === 0 ? (points[index]?.x ?? "") : ""),
      },
      y: { label: unit, grid: true },
      marks: [
        ...(limits ? [Plot.ruleY([limits.centre], { stroke: COLOURS.muted })] : []),
        Plot.ruleY(rules, { stroke: COLOURS.danger, strokeDasharray: "5 4" }),
        Plot.line(points, { x: "index", y: "y", stroke: COLOURS.accent }),
        Plot.dot(points, {
          x: "index",
          y: "y",
          r: (point: { signal?: true }) => (point.signal ? 4 : 2),
          fill: (point: { signal?: true }) => (point.signal ? COLOURS.danger : COLOURS.accent),
        }),
      ],
    };
  }, [snapshot, unit]);
  const filters =
    snapshot.filters.length === 0
      ? t("flow.snapshot.noFilters")
      : snapshot.filters.map((filter) => `${filter.name}: ${filter.value}`).join("; ");
  return (
    <figure className="chart-snapshot stack" data-testid="chart-snapshot">
      <figcaption>
        <span className="visually-hidden">{title}: </span>
        {figure !== null && (
          <span data-testid="chart-snapshot-figure">
            {t(snapshot.limits ? "flow.snapshot.centreFigure" : "flow.snapshot.meanFigure", {
              value: formatNumber(figure, language, 1),
              unit,
            })}
          </span>
        )}
      </figcaption>
      {snapshot.points.length > 0 && <PlotFigure build={build} label={title} />}
      <p className="muted" data-testid="chart-snapshot-taken">
        {t("flow.snapshot.taken", { date: formatDate(snapshot.takenAt, language) })},{" "}
        {t("flow.snapshot.filters", { filters })}
      </p>
    </figure>
  );
}
