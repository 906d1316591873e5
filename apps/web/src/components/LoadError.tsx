import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/error-message";
import { ErrorAlert } from "./Alert";

/** A load that failed, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <ErrorAlert>{errorMessage(error, t)}</ErrorAlert>
      <div>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t("common.retry")}
        </button>
      </div>
    </div>
  );
}
