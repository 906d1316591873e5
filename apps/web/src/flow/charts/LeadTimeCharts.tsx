import * as Plot from "@observablehq/plot";
import type { FlowFacts } from "@samspel/core";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatDays, formatDuration, formatNumber } from "../format";
import { COLOURS } from "./colours";
import { dateTicks } from "./date-ticks";
import { PlotFigure } from "./PlotFigure";
import { type PercentileLine, percentileLines, percentileRules } from "./percentile-rules";

/** Lead time: the distribution with its figures, and each case by completion date. */
export function LeadTimeCharts({ facts }: { facts: FlowFacts }) {
  const { t, i18n } = useTranslation();
  const { leadTime, leadTimeByCompletion } = facts;
  const days = (value: number | null) => formatDays(value, i18n.language);
  const language = i18n.language;
  const lines = useMemo(
    () =>
      percentileLines(
        { p50: leadTime.median, p85: leadTime.p85, p95: leadTime.p95 },
        (key, value) => `${key} ${formatDays(value, language)}`,
      ),
    [leadTime, language],
  );

  // Lead times are skewed (receipt.csv: median 48 minutes, p95 24 days), so both charts use a
  // log axis, on which minutes and months can be read at once. Zero (a one-event case) sits at
  // the one-minute floor.
  const histogram = useCallback((): Plot.PlotOptions => {
    const values = leadTimeByCompletion.points.map((point) => Math.max(point.leadTimeDays, FLOOR));
    const axis = durationAxis(Math.max(...values, 1), language);
    return {
      height: 260,
      marginTop: 52,
      marginBottom: 36,
      x: { type: "log", label: t("flow.facts.days"), domain: axis.domain, axis: null },
      y: { label: t("flow.facts.cases"), grid: true },
      marks: [
        Plot.rectY(
          values,
          Plot.binX<Plot.RectYOptions>(
            { y: "count" },
            {
              x: (value: number) => value,
              thresholds: logThresholds(axis.domain[1]),
              fill: COLOURS.accentSoft,
              stroke: COLOURS.accent,
              inset: 0.5,
              tip: true,
            },
          ),
        ),
        Plot.ruleY([0]),
        // Plot labels only the powers of ten of a log axis; these marks name every tick.
        ...durationTicks(axis, "x"),
        ...percentileRules(floored(lines), "x"),
      ],
    };
  }, [leadTimeByCompletion, lines, language, t]);

  const scatter = useCallback((): Plot.PlotOptions => {
    const axis = durationAxis(
      Math.max(1, ...leadTimeByCompletion.points.map((point) => point.leadTimeDays)),
      language,
    );
    return {
      height: 300,
      marginTop: 16,
      marginLeft: 64,
      x: { type: "utc", tickFormat: dateTicks(language), label: null },
      y: { type: "log", label: t("flow.facts.leadTimeDays"), domain: axis.domain, axis: null },
      marks: [
        Plot.gridY(axis.ticks),
        ...durationTicks(axis, "y"),
        Plot.dot(leadTimeByCompletion.points, {
          x: (point: { completedAt: string }) => new Date(point.completedAt),
          y: (point: { leadTimeDays: number }) => Math.max(point.leadTimeDays, FLOOR),
          r: 2,
          fill: COLOURS.accent,
          fillOpacity: 0.45,
          channels: { case: "caseId", days: "leadTimeDays" },
          tip: true,
        }),
        ...percentileRules(floored(lines), "y"),
      ],
    };
  }, [leadTimeByCompletion, lines, language, t]);

  // Days, as the reference figures and the CLI give them, with the same time in words below.
  const figures: [string, string, string?][] = [
    [t("flow.facts.median"), days(leadTime.median), formatDuration(leadTime.median, language)],
    [t("flow.facts.p85"), days(leadTime.p85), formatDuration(leadTime.p85, language)],
    [t("flow.facts.p95"), days(leadTime.p95), formatDuration(leadTime.p95, language)],
    [t("flow.facts.mean"), days(leadTime.mean), formatDuration(leadTime.mean, language)],
    [t("flow.facts.stdDev"), days(leadTime.stdDev)],
    [
      t("flow.facts.cv"),
      leadTime.coefficientOfVariation === null
        ? "–"
        : formatNumber(leadTime.coefficientOfVariation, i18n.language, 2),
    ],
  ];

  return (
    <div className="stack">
      <dl className="figures" aria-label={t("flow.facts.leadTimeFigures")}>
        {figures.map(([label, value, duration]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
            {duration && <dd className="figure-note">{duration}</dd>}
          </div>
        ))}
      </dl>
      <p className="muted">
        {t("flow.facts.leadTimeIntro", {
          count: leadTime.count,
          formatted: formatNumber(leadTime.count, language),
        })}
      </p>
      <PlotFigure build={histogram} label={t("flow.facts.histogramLabel")} />
      <h4>{t("flow.facts.scatterTitle")}</h4>
      <PlotFigure build={scatter} label={t("flow.facts.scatterLabel")} />
      {leadTimeByCompletion.sampled && (
        <p className="muted">
          {t("flow.facts.sampled", {
            shown: leadTimeByCompletion.points.length,
            total: leadTimeByCompletion.cases,
          })}
        </p>
      )}
    </div>
  );
}

/** One minute, in days: the floor of the log axes. */
const FLOOR = 1 / 1440;
const TICKS = [FLOOR, 1 / 24, 1, 7, 30, 90, 365, 730];

function durationAxis(max: number, locale: string) {
  const top = Math.max(max * 1.1, 1);
  return {
    domain: [FLOOR, top] as [number, number],
    ticks: TICKS.filter((tick) => tick <= top),
    tickFormat: (days: number) => formatDuration(days, locale),
  };
}

/** Four bins per factor of ten, from the floor up. */
function logThresholds(max: number): number[] {
  const thresholds: number[] = [];
  for (let value = FLOOR; value <= max * 1.0001; value *= 10 ** 0.25) thresholds.push(value);
  return thresholds;
}

function floored(lines: PercentileLine[]): PercentileLine[] {
  return lines.map((line) => ({ ...line, value: Math.max(line.value, FLOOR) }));
}

/** Tick marks and their labels for a duration axis drawn by hand (see the log axes above). */
function durationTicks(axis: ReturnType<typeof durationAxis>, along: "x" | "y"): Plot.Markish[] {
  const text = (days: number) => axis.tickFormat(days);
  return along === "x"
    ? [
        Plot.gridX(axis.ticks),
        Plot.text(axis.ticks, { x: (days: number) => days, text, frameAnchor: "bottom", dy: 14 }),
      ]
    : [
        Plot.text(axis.ticks, {
          y: (days: number) => days,
          text,
          frameAnchor: "left",
          dx: -6,
          textAnchor: "end",
        }),
      ];
}
