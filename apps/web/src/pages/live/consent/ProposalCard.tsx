import {
  type Contribution,
  currentVersion,
  type DecisionRule,
  getById,
  type Proposal,
  type SessionState,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { WordDiff } from "./WordDiff";

/** The proposal as everyone reads it: the wording now, its rule, its ground, how it changed. */
export function ProposalCard({ state, proposal }: { state: SessionState; proposal: Proposal }) {
  const { t } = useTranslation();
  const current = currentVersion(proposal);
  const insights = proposal.insightIds
    .map((id) => getById(state.contributions, id))
    .filter((c): c is Contribution => c?.text !== undefined);
  return (
    <section
      className="card stack proposal"
      aria-labelledby="proposal-title"
      data-testid="proposal"
    >
      <div className="live-head-row">
        <h2 id="proposal-title">
          {t("consent.proposal.title")}{" "}
          <span className="muted">
            · {t("consent.proposal.version", { version: current.version })}
          </span>
        </h2>
        <RuleBadge rule={proposal.rule} />
      </div>
      <p className="proposal-text" data-testid="proposal-text">
        {current.text}
      </p>
      {insights.length > 0 && (
        <div className="stack">
          <h3>{t("consent.proposal.restsOn")}</h3>
          <ul className="rests-on">
            {insights.map((insight) => (
              <li key={insight.id}>{insight.text}</li>
            ))}
          </ul>
        </div>
      )}
      {proposal.versions.length > 1 && <VersionHistory proposal={proposal} />}
    </section>
  );
}

/** A poll is clearly not the method's way: said on the badge itself, not in a tooltip. */
export function RuleBadge({ rule }: { rule: DecisionRule }) {
  const { t } = useTranslation();
  return (
    <span
      className={rule.kind === "consent" ? "badge" : "badge badge-poll"}
      data-testid="decision-rule"
    >
      {t(`consent.rules.${rule.kind}`, rule.kind === "threshold" ? { percent: rule.percent } : {})}
    </span>
  );
}

/** Every change, newest first, as a word diff against the version before it. */
function VersionHistory({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const changes = proposal.versions.slice(1).reverse();
  return (
    <div className="stack">
      <h3>{t("consent.proposal.changes")}</h3>
      <ol className="versions" reversed>
        {changes.map((version) => {
          const before = proposal.versions[version.version - 2];
          return (
            <li key={version.version} className="stack version" data-testid="version">
              <p className="version-head">
                <strong>
                  {t("consent.proposal.changeTo", {
                    from: version.version - 1,
                    to: version.version,
                  })}
                </strong>
                {version.integrates.length > 0 && (
                  <span className="badge">
                    {t("consent.proposal.meets", { count: version.integrates.length })}
                  </span>
                )}
              </p>
              {version.note && <p className="muted">{version.note}</p>}
              {before && <WordDiff before={before.text} after={version.text} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
