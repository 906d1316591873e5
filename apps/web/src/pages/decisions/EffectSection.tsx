import * as Plot from "@observablehq/plot";
import type { DecisionEffectResponse, EffectFollowUpResponse } from "@samspel/core";
import { useCallback } from "react";
import { fetchDecisionEffect } from "../../api/decision-effects";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useSessionT } from "../../components/SessionLanguage";
import { COLOURS } from "../../flow/charts/colours";
import { PlotFigure } from "../../flow/charts/PlotFigure";
import { formatNumber } from "../../flow/format";
import { formatDate } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { RecordSection } from "./RecordSection";

/**
 * The effect a decision named, followed up: the weekly XmR chart of its metric with the
 * decision marked, limits from the weeks before it, and the server's verdict from the
 * process's current event log.
 */
export function EffectSection({ decisionId }: { decisionId: string }) {
  const { t, language } = useSessionT();
  const effect = useResource(`decision-effect:${decisionId}`, (signal) =>
    fetchDecisionEffect(decisionId, signal),
  );
  // Beside the record, at its width and in its language.
  return (
    <div className="record record-effect" lang={language}>
      <RecordSection title={t("flow.effect.title")}>
        {effect.status === "loading" ? (
          <Loading />
        ) : effect.status === "error" ? (
          <LoadError error={effect.error} onRetry={effect.reload} />
        ) : (
          <EffectBody answer={effect.data} />
        )}
      </RecordSection>
    </div>
  );
}

function EffectBody({ answer }: { answer: DecisionEffectResponse }) {
  const { t, language } = useSessionT();
  const { effect, followUp } = answer;
  const metric = t(`flow.effect.metrics.${effect.metric}`);
  return (
    <div className="stack" data-testid="effect-section">
      <p>
        {t("flow.effect.goal", {
          direction: t(`flow.effect.directions.${effect.direction}`),
          metric,
          target: formatNumber(effect.target, language, 1),
          date: formatDate(effect.targetDate, language),
          process: answer.processName ?? t("flow.effect.removed"),
        })}
      </p>
      {answer.baseline === null && <p className="muted">{t("flow.effect.noBaseline")}</p>}
      {followUp === null ? (
        <p className="muted">{t("flow.effect.noLog")}</p>
      ) : (
        <>
          <p className={`effect-verdict effect-${followUp.verdict}`} data-testid="effect-verdict">
            <strong>{t(`flow.effect.verdicts.${followUp.verdict}`)}</strong>{" "}
            <span>{t(`flow.effect.verdictHint.${followUp.verdict}`)}</span>
          </p>
          <EffectChart followUp={followUp} decidedOn={answer.decidedOn} metric={metric} />
          <p className="muted">
            {t("flow.effect.baselineWeeks", {
              count: followUp.baselineWeeks,
              after: followUp.afterWeeks,
            })}{" "}
            {t(
              followUp.targetReached ? "flow.effect.targetReached" : "flow.effect.targetNotReached",
            )}
          </p>
        </>
      )}
    </div>
  );
}

function EffectChart({
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
