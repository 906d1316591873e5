import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchProcessDecisions } from "../../../api/decision-effects";
import { LoadError } from "../../../components/LoadError";
import { Loading } from "../../../components/Loading";
import { formatDay } from "../../../lib/format";
import { useResource } from "../../../lib/use-resource";

/**
 * The decisions that name this process as the flow they mean to change: where a leader starts
 * following them up. Each links to its page, which judges the effect from the current log.
 */
export function ProcessDecisions({ processId }: { processId: string }) {
  const { t, i18n } = useTranslation();
  const decisions = useResource(`process-decisions:${processId}`, (signal) =>
    fetchProcessDecisions(processId, signal),
  );
  return (
    <section className="card stack" aria-labelledby="process-decisions-title">
      <h2 id="process-decisions-title">{t("flow.process.decisionsTitle")}</h2>
      {decisions.status === "loading" ? (
        <Loading />
      ) : decisions.status === "error" ? (
        <LoadError error={decisions.error} onRetry={decisions.reload} />
      ) : decisions.data.length === 0 ? (
        <p className="empty">{t("flow.process.noDecisions")}</p>
      ) : (
        <ul className="stack" data-testid="process-decisions">
          {decisions.data.map(({ decisionId, text, effect }) => (
            <li key={decisionId}>
              <Link href={`/decisions/${encodeURIComponent(decisionId)}`}>{text}</Link>
              <br />
              <span className="muted">
                {t("flow.process.decisionAim", {
                  metric: t(`flow.effect.metrics.${effect.metric}`),
                  direction: t(`flow.effect.directions.${effect.direction}`).toLowerCase(),
                  target: effect.target,
                  date: formatDay(effect.targetDate, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
