import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { fetchDecision } from "../../api/decisions";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { NothingHere } from "../../components/NothingHere";
import { SessionLanguage } from "../../components/SessionLanguage";
import { errorMessage } from "../../lib/error-message";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { DecisionDownloads } from "./DecisionDownloads";
import { DecisionFollowUp } from "./DecisionFollowUp";
import { DecisionRecordView } from "./DecisionRecordView";
import { EffectSection } from "./EffectSection";
import { PublicLinkPanel } from "./PublicLinkPanel";

/**
 * `/decisions/:decisionId`: a decision's whole trail at a lasting address, for the
 * organisation's members. Until the record has loaded, the page speaks the reader's language;
 * the record itself reads in the session's (see SessionLanguage).
 */
export function DecisionPage({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const decision = useResource(`decision:${decisionId}`, (signal) =>
    fetchDecision(decisionId, signal),
  );
  useDocumentTitle(decision.status === "ready" ? decision.data.title : undefined);

  if (decision.status === "loading") return <Loading label={t("decisions.record.loading")} />;
  if (decision.status === "error") {
    return isMissing(decision.error) ? (
      <NothingHere title={t("decisions.record.notFoundTitle")}>
        {errorMessage(decision.error, t)}
      </NothingHere>
    ) : (
      <div className="narrow">
        <LoadError error={decision.error} onRetry={decision.reload} />
      </div>
    );
  }
  return (
    <>
      {decision.data.outcome === "decided" ? (
        <DecisionFollowUp
          decisionId={decisionId}
          organisationId={decision.data.organisationId}
          decidedAt={decision.data.at}
        />
      ) : (
        // A postponed proposal has no lifecycle, but its record downloads all the same.
        <section className="card no-print record-status">
          <DecisionDownloads decisionId={decisionId} />
        </section>
      )}
      <PublicLinkPanel decisionId={decisionId} organisationId={decision.data.organisationId} />
      <SessionLanguage language={decision.data.language}>
        <DecisionRecordView record={decision.data} />
        {decision.data.effect && <EffectSection decisionId={decisionId} />}
      </SessionLanguage>
    </>
  );
}

/** Gone, never there, or not the reader's to see: the server answers all alike, on purpose. */
function isMissing(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.code === "decision_not_found" || error.code === "not_found")
  );
}
