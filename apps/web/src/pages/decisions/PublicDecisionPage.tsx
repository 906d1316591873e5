import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { fetchPublicDecision, publicPdfUrl } from "../../api/decisions";
import { LoadError } from "../../components/LoadError";
import { Loading } from "../../components/Loading";
import { NothingHere } from "../../components/NothingHere";
import { SessionLanguage } from "../../components/SessionLanguage";
import { errorMessage } from "../../lib/error-message";
import { useDocumentTitle } from "../../lib/use-document-title";
import { useResource } from "../../lib/use-resource";
import { DecisionRecordView } from "./DecisionRecordView";

/**
 * `/p/decisions/:token`: a decision its organisation shared by a public link, for anyone, with
 * no login and none of the app's member navigation. The record arrives without names (core's
 * publicDecisionRecord); the page adds its status and a PDF of the same view.
 */
export function PublicDecisionPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const shared = useResource(`public-decision:${token}`, (signal) =>
    fetchPublicDecision(token, signal),
  );
  useDocumentTitle(shared.status === "ready" ? shared.data.record.title : undefined);

  if (shared.status === "loading") return <Loading label={t("decisions.record.loading")} />;
  if (shared.status === "error") {
    return shared.error instanceof ApiError && shared.error.code === "public_link_not_found" ? (
      <NothingHere title={t("decisions.public.notFoundTitle")}>
        {errorMessage(shared.error, t)}
      </NothingHere>
    ) : (
      <div className="narrow">
        <LoadError error={shared.error} onRetry={shared.reload} />
      </div>
    );
  }
  const { record, lifecycle } = shared.data;
  return (
    <div className="stack-lg" data-testid="public-decision">
      <section className="card stack no-print record-status">
        <p>{t("decisions.public.notice")}</p>
        <p className="actions">
          {record.outcome === "decided" && (
            <span className="badge" data-status={lifecycle.status}>
              {t(`decisions.statuses.${lifecycle.status}`)}
            </span>
          )}
          <a href={publicPdfUrl(token)} download lang={i18n.language}>
            {t("decisions.public.pdf")}
          </a>
        </p>
      </section>
      <SessionLanguage language={record.language}>
        <DecisionRecordView record={record} shared />
      </SessionLanguage>
    </div>
  );
}
