import type { Proposal } from "@samspel/core";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";

/**
 * How the last proposal ended. Both outcomes have a record (a postponement is recorded too);
 * the link is for those who may read the organisation's decision register.
 */
export function OutcomeNote({ proposal, withLink }: { proposal: Proposal; withLink: boolean }) {
  const { t } = useTranslation();
  const { outcome } = proposal;
  if (outcome === null) return null;
  return (
    <section
      className="card stack outcome"
      aria-labelledby="outcome-title"
      data-testid="proposal-outcome"
      data-outcome={outcome.kind}
    >
      <h2 id="outcome-title">
        {outcome.kind === "decided" ? t("consent.outcome.decided") : t("consent.outcome.postponed")}
      </h2>
      {outcome.kind === "decided" ? (
        <>
          <p className="proposal-text" data-testid="decided-text">
            {proposal.versions[outcome.version - 1]?.text}
          </p>
          <p className="muted">{t("consent.outcome.decidedOn", { version: outcome.version })}</p>
        </>
      ) : (
        <p>{outcome.reason}</p>
      )}
      {withLink && (
        <p>
          <Link
            href={`/decisions/${encodeURIComponent(outcome.decisionId)}`}
            className="button button-secondary"
            data-testid="decision-link"
          >
            {t("consent.outcome.openRecord")}
          </Link>
        </p>
      )}
    </section>
  );
}
