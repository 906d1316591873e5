import type { PartnershipCodeView } from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { createPartnershipCode } from "../../api/training";
import { ErrorAlert } from "../../components/Alert";
import { formatDateTime } from "../../lib/format";
import { useAction } from "./use-action";

/**
 * For a partner's training managers: a short-lived code to hand to another organisation's
 * coordinator, who types it to offer a programme. No list of organisations is ever shown, so
 * nobody can browse who uses Samspel.
 */
export function PartnershipCodePanel({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const action = useAction();
  const [issued, setIssued] = useState<PartnershipCodeView | null>(null);
  return (
    <section className="card stack" aria-labelledby="partnership-code-title">
      <h2 id="partnership-code-title">{t("training.partnershipCode.title")}</h2>
      <p className="muted">{t("training.partnershipCode.intro")}</p>
      {action.error && <ErrorAlert>{action.error}</ErrorAlert>}
      {issued && (
        <p>
          <strong className="partnership-code" data-testid="partnership-code">
            {issued.code}
          </strong>{" "}
          <span className="muted">
            {t("training.partnershipCode.validUntil", {
              until: formatDateTime(issued.expiresAt, i18n.language),
            })}
          </span>
        </p>
      )}
      <div>
        <button
          type="button"
          className="button button-secondary"
          disabled={action.pending}
          onClick={() => action.run(async () => setIssued(await createPartnershipCode(orgId)))}
        >
          {t("training.partnershipCode.create")}
        </button>
      </div>
    </section>
  );
}
