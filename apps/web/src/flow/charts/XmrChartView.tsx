import * as Plot from "@observablehq/plot";
import type { XmrChart } from "@samspel/core";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../format";
import { COLOURS } from "./colours";
import { PlotFigure } from "./PlotFigure";

/**
 * A process behaviour chart: the values with their central line and natural process limits,
 * signals marked (red diamonds) and named below so they need no colour to be found.
 */
export function XmrChartView({
  chart,
  valueLabel,
  title,
}: {
  chart: XmrChart;
  valueLabel: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number | null) =>
    value === null ? "–" : formatNumber(value, i18n.language, 2);
  const build = useCallback((): Plot.PlotOptions => {
    const inSignal = new Set(
      chart.signals.flatMap((signal) =>
        Array.from({ length: signal.to - signal.from + 1 }, (_, k) => signal.from + k),
      ),
    );
    const points = chart.points.map((point, index) => ({
      ...point,
      index,
      signal: inSignal.has(index),
    }));
    const limits = [
      { value: chart.upperLimit, label: t("flow.xmr.upper"), centre: false },
      { value: chart.centre, label: t("flow.xmr.centre"), centre: true },
      // Wheeler: a lower limit below zero for a count means no lower limit.
      {
        value: chart.lowerLimit !== null && chart.lowerLimit > 0 ? chart.lowerLimit : null,
        label: t("flow.xmr.lower"),
        centre: false,
      },
    ].filter(
      (limit): limit is { value: number; label: string; centre: boolean } => limit.value !== null,
    );
    return {
      height: 260,
      marginTop: 20,
      marginRight: 60,
      x: {
        label: t("flow.facts.week"),
        tickFormat: (index: number) => chart.points[index]?.label ?? "",
        ticks: 8,
      },
      y: { label: valueLabel, grid: true },
      marks: [
        Plot.ruleY(
          limits.filter((limit) => limit.centre),
          { y: "value", stroke: COLOURS.muted },
        ),
        Plot.ruleY(
          limits.filter((limit) => !limit.centre),
          {
            y: "value",
            stroke: COLOURS.danger,
            strokeDasharray: "5 4",
          },
        ),
        Plot.text(limits, {
          y: "value",
          text: "label",
          frameAnchor: "right",
          dx: 56,
          fill: COLOURS.muted,
        }),
        Plot.line(points, { x: "index", y: "value", stroke: COLOURS.accent }),
        Plot.dot(points, {
          x: "index",
          y: "value",
          r: (point: { signal: boolean }) => (point.signal ? 5 : 2.5),
          symbol: (point: { signal: boolean }) => (point.signal ? "diamond" : "circle"),
          fill: (point: { signal: boolean }) => (point.signal ? COLOURS.danger : COLOURS.accent),
          channels: { week: "label" },
          tip: true,
        }),
      ],
    };
  }, [chart, valueLabel, t]);

  return (
    <figure className="stack xmr">
      <figcaption>
        <strong>{title}</strong>{" "}
        <span className="muted">
          {t(
            chart.lowerLimit !== null && chart.lowerLimit > 0
              ? "flow.xmr.limits"
              : "flow.xmr.limitsUpperOnly",
            {
              centre: n(chart.centre),
              lower: n(chart.lowerLimit),
              upper: n(chart.upperLimit),
            },
          )}
        </span>
      </figcaption>
      {chart.points.length < 2 ? (
        <p>{t("flow.xmr.tooFew")}</p>
      ) : (
        <PlotFigure build={build} label={title} />
      )}
      {chart.signals.length === 0 ? (
        <p>{t("flow.xmr.noSignals")}</p>
      ) : (
        <ul className="plain-list signal-list">
          {chart.signals.map((signal) => (
            <li key={`${signal.rule}-${signal.side}-${signal.from}`}>
              {t(`flow.xmr.rules.${signal.rule}`, {
                side: t(`flow.xmr.sides.${signal.side}`),
                from: chart.points[signal.from]?.label ?? "",
                to: chart.points[signal.to]?.label ?? "",
              })}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
