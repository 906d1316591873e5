import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchCelebrations } from "../../api/actions";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { formatDate } from "../../lib/format";
import { useResource } from "../../lib/use-resource";

/** The organisation home's good news: decisions that were carried out and did what they aimed at. */
export function Celebrations({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const results = useResource(`celebrations:${orgId}`, (signal) =>
    fetchCelebrations(orgId, signal),
  );
  return (
    <section className="card stack celebrations" aria-labelledby="celebrate-title">
      <h2 id="celebrate-title">{t("actions.celebrate.title")}</h2>
      <p className="muted">{t("actions.celebrate.intro")}</p>
      {results.status === "loading" ? (
        <Loading />
      ) : results.status === "error" ? (
        <LoadError error={results.error} onRetry={results.reload} />
      ) : results.data.length === 0 ? (
        <p className="empty">{t("actions.celebrate.none")}</p>
      ) : (
        <ul className="celebration-list" data-testid="celebrations">
          {results.data.map((result) => (
            <li key={result.decisionId} className="celebration">
              <Link href={`/decisions/${encodeURIComponent(result.decisionId)}`}>
                <strong>{result.title}</strong>
              </Link>
              <p className="break">{result.text}</p>
              <p className="celebration-meta">
                <span className="badge badge-action-done">
                  {t("actions.celebrate.actionsDone", { count: result.actionsDone })}
                </span>
                {result.confirmedMetric && (
                  <span className="badge badge-action-done">
                    {t("actions.celebrate.confirmed", {
                      metric: t(`actions.celebrate.metrics.${result.confirmedMetric}`),
                    })}
                  </span>
                )}
                <span className="muted">
                  {t("actions.celebrate.decided", {
                    date: formatDate(result.decidedAt, i18n.language),
                  })}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
