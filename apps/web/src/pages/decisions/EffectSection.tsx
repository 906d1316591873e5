import type { DecisionEffectResponse } from "@samspel/core";
import { lazy, Suspense } from "react";
import { fetchDecisionEffect } from "../../api/decision-effects";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { useSessionT } from "../../components/SessionLanguage";
import { formatNumber } from "../../flow/format";
import { formatDate } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { RecordSection } from "./RecordSection";

// The chart's code (Observable Plot) loads only for the decisions that name an effect.
const EffectChart = lazy(() =>
  import("./EffectChart").then((module) => ({ default: module.EffectChart })),
);

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
          <Suspense fallback={<Loading />}>
            <EffectChart followUp={followUp} decidedOn={answer.decidedOn} metric={metric} />
          </Suspense>
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
