import type { DecisionSummary, Organisation } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { fetchDecisions } from "../../api/decisions";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { newestFirst } from "../../decisions/record-view";
import { formatDate, formatDay } from "../../lib/format";
import { useResource } from "../../lib/use-resource";
import { OrgLayout } from "./OrgLayout";

/** `/orgs/:orgId/decisions`: the organisation's decision register, newest first. */
export function DecisionsPage({ orgId }: { orgId: string }) {
  return (
    <OrgLayout orgId={orgId} section="decisions">
      {(org) => <Decisions org={org} />}
    </OrgLayout>
  );
}

function Decisions({ org }: { org: Organisation }) {
  const { t } = useTranslation();
  const decisions = useResource(`decisions:${org.id}`, (signal) =>
    fetchDecisions(org.id, signal).then(newestFirst),
  );
  return (
    <div className="stack-lg">
      <p>{t("decisions.list.intro")}</p>
      {decisions.status === "loading" ? (
        <Loading />
      ) : decisions.status === "error" ? (
        <LoadError error={decisions.error} onRetry={decisions.reload} />
      ) : decisions.data.length === 0 ? (
        <p className="empty">{t("decisions.list.empty")}</p>
      ) : (
        <ul className="session-list" data-testid="decision-list">
          {decisions.data.map((decision) => (
            <DecisionRow key={decision.id} decision={decision} />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The list speaks the reader's language; each decision's own words keep the session's, marked
 * with `lang` so a screen reader reads a Norwegian title as Norwegian.
 */
function DecisionRow({ decision }: { decision: DecisionSummary }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(decision.decidedAt, i18n.language);
  return (
    <li className="card decision-row">
      <div className="decision-row-head">
        <Link href={`/decisions/${encodeURIComponent(decision.id)}`} lang={decision.language}>
          <strong>{decision.title}</strong>
        </Link>
        <span className={`badge badge-outcome-${decision.outcome}`}>
          {t(`decisions.outcome.${decision.outcome}`)}
        </span>
      </div>
      <p className="decision-row-text" lang={decision.language}>
        {decision.text}
      </p>
      <p className="muted">
        {decision.outcome === "decided"
          ? t("decisions.list.decidedOn", { date })
          : t("decisions.list.postponedOn", { date })}
        {decision.reviewDate &&
          ` · ${t("decisions.list.reviewOn", { date: formatDay(decision.reviewDate, i18n.language) })}`}
      </p>
    </li>
  );
}
