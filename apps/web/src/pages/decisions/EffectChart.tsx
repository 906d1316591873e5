import * as Plot from "@observablehq/plot";
import type { EffectFollowUpResponse } from "@samspel/core";
import { useCallback } from "react";
import { useSessionT } from "../../components/SessionLanguage";
import { COLOURS } from "../../flow/charts/colours";
import { PlotFigure } from "../../flow/charts/PlotFigure";

/** The weekly XmR chart of the effect's metric, with the decision's day marked. */
export function EffectChart({
  followUp,
  decidedOn,
  metric,
}: {
  followUp: EffectFollowUpResponse;
  decidedOn: string;
  metric: string;
}) {
  const { t } = useSessionT();
  const label = t("flow.effect.chartLabel", { metric });
  const decisionWord = t("flow.effect.decided");
  const build = useCallback((): Plot.PlotOptions => {
    const weeks = followUp.weeks.map((week) => ({ ...week, date: new Date(week.weekStart) }));
    const limits = [followUp.upperLimit, followUp.lowerLimit].filter(
      (value): value is number => value !== null && value > 0,
    );
    const decided = new Date(decidedOn);
    return {
      height: 240,
      marginTop: 24,
      x: { type: "utc", label: null },
      y: { label: metric, grid: true },
      marks: [
        ...(followUp.centre === null
          ? []
          : [Plot.ruleY([followUp.centre], { stroke: COLOURS.muted })]),
        Plot.ruleY(limits, { stroke: COLOURS.danger, strokeDasharray: "5 4" }),
        Plot.ruleX([decided], { stroke: COLOURS.p85, strokeWidth: 2 }),
        Plot.text([decided], {
          x: (d: Date) => d,
          text: () => decisionWord,
          frameAnchor: "top",
          dy: -14,
        }),
        Plot.line(weeks, { x: "date", y: "value", stroke: COLOURS.accent }),
        Plot.dot(weeks, {
          x: "date",
          y: "value",
          r: (week: { signal: boolean }) => (week.signal ? 5 : 2.5),
          symbol: (week: { signal: boolean }) => (week.signal ? "diamond" : "circle"),
          fill: (week: { signal: boolean }) => (week.signal ? COLOURS.danger : COLOURS.accent),
          tip: true,
        }),
      ],
    };
  }, [followUp, decidedOn, metric, decisionWord]);
  if (followUp.weeks.length < 2) return null;
  return <PlotFigure build={build} label={label} />;
}
