import { useTranslation } from "react-i18next";
import { decisionPdfUrl } from "../../api/decisions";

/** The decision as files: PDF and Markdown in the decision's language, the trail as JSON. */
export function DecisionDownloads({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const path = `/api/decisions/${encodeURIComponent(decisionId)}`;
  return (
    <p className="actions no-print">
      <span className="label">{t("decisions.lifecycle.downloads")}:</span>
      <a href={decisionPdfUrl(decisionId)} download data-testid="download-pdf">
        {t("decisions.lifecycle.pdf")}
      </a>
      <a href={`${path}/export.md`} download>
        {t("decisions.lifecycle.markdown")}
      </a>
      <a href={`${path}/trail.json`} download>
        {t("decisions.lifecycle.trail")}
      </a>
    </p>
  );
}
