import * as Plot from "@observablehq/plot";
import type { FlowFacts } from "@samspel/core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDays, formatNumber } from "../format";
import { COLOURS } from "./colours";
import { dateTicks } from "./date-ticks";
import { PlotFigure } from "./PlotFigure";
import { percentileLines, percentileRules } from "./percentile-rules";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** Cases finished per week, and work in progress at the end of each day. */
export function ThroughputChart({ throughput }: { throughput: FlowFacts["throughput"] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const build = useCallback(
    (): Plot.PlotOptions => ({
      height: 240,
      x: { type: "utc", tickFormat: dateTicks(language), label: t("flow.facts.week") },
      y: { label: t("flow.facts.completedCases"), grid: true },
      marks: [
        Plot.rectY(throughput.weeks, {
          x1: (week: { weekStart: string }) => day(week.weekStart),
          x2: (week: { weekStart: string }) => new Date(day(week.weekStart).getTime() + 6 * 864e5),
          y: "completed",
          fill: COLOURS.accent,
          tip: true,
        }),
        Plot.ruleY([0]),
        ...(throughput.meanPerWeek === null
          ? []
          : [
              Plot.ruleY([throughput.meanPerWeek], { stroke: COLOURS.p85, strokeDasharray: "4 3" }),
            ]),
      ],
    }),
    [throughput, language, t],
  );
  return (
    <div className="stack">
      <p className="muted">
        {t("flow.facts.throughputSummary", {
          total: formatNumber(throughput.totalCompleted, i18n.language),
          mean: formatNumber(throughput.meanPerWeek ?? 0, i18n.language, 1),
        })}
      </p>
      <PlotFigure build={build} label={t("flow.facts.throughputLabel")} />
    </div>
  );
}

export function WipChart({ wip }: { wip: FlowFacts["wip"] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const build = useCallback(
    (): Plot.PlotOptions => ({
      height: 220,
      x: { type: "utc", tickFormat: dateTicks(language), label: t("flow.facts.date") },
      y: { label: t("flow.facts.inProgress"), grid: true },
      marks: [
        Plot.areaY(wip.points, {
          x: (point: { period: string }) => day(point.period),
          y: "wip",
          fill: COLOURS.accentSoft,
          curve: "step-after",
        }),
        Plot.lineY(wip.points, {
          x: (point: { period: string }) => day(point.period),
          y: "wip",
          stroke: COLOURS.accent,
          curve: "step-after",
          tip: true,
        }),
      ],
    }),
    [wip, language, t],
  );
  return (
    <div className="stack">
      <p className="muted">
        {t("flow.facts.openCases", {
          count: wip.openCases,
          formatted: formatNumber(wip.openCases, i18n.language),
        })}
      </p>
      <PlotFigure build={build} label={t("flow.facts.wipLabel")} />
    </div>
  );
}

/** Open cases by age against the lead times of finished ones: which are late by history. */
export function WorkItemAgeChart({ age }: { age: FlowFacts["workItemAge"] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const lines = useMemo(
    () => percentileLines(age.historical, (key, value) => `${key} ${formatDays(value, language)}`),
    [age, language],
  );
  const build = useCallback(
    (): Plot.PlotOptions => ({
      height: Math.max(160, Math.min(age.oldest.length, 40) * 14 + 60),
      marginLeft: 160,
      marginTop: 24,
      x: { label: t("flow.facts.ageDays"), grid: true },
      // The activity names are the labels; an axis title beside them would overprint them.
      y: { label: null },
      marks: [
        Plot.dot(age.oldest.slice(0, 40), {
          x: "ageDays",
          y: "lastActivity",
          fill: (item: { beyond: string | null }) =>
            item.beyond === "p95"
              ? COLOURS.danger
              : item.beyond === "p85"
                ? COLOURS.p85
                : COLOURS.accent,
          channels: { case: "caseId" },
          tip: true,
        }),
        ...percentileRules(lines, "x"),
      ],
    }),
    [age, lines, t],
  );
  if (age.openCases === 0) return <p>{t("flow.facts.noOpenCases")}</p>;
  return (
    <div className="stack">
      <p className="muted">
        {t("flow.facts.ageSummary", {
          count: age.openCases,
          beyond: age.oldest.filter((item) => item.beyond === "p85" || item.beyond === "p95")
            .length,
        })}
      </p>
      <PlotFigure build={build} label={t("flow.facts.ageLabel")} />
    </div>
  );
}
