import { currentVersion, type Proposal, type SessionState, type Step } from "@samspel/core";
import { DecisionRuleText } from "../../../components/consent/DecisionRuleText";
import { PositionCounts } from "../../../components/consent/PositionCounts";
import { VersionDiff } from "../../../components/consent/VersionDiff";
import { useSessionT } from "../../../components/SessionLanguage";
import { wordDiff } from "../../../decisions/word-diff";
import { proposalOnWall, roundOnWall, testedObjections } from "../../../live/wall-view";
import { WallNotes } from "./WallNotes";
import { WallRound } from "./WallRound";

/**
 * Decide: the proposal as it now reads (an amendment as a diff), the round as it fills, the
 * objections tested before it, and in the end the decision or the postponement.
 */
export function WallDecide({ state, step }: { state: SessionState; step: Step }) {
  const { t } = useSessionT();
  const proposal = proposalOnWall(state);
  // Before a proposal is drafted, the step collects wording suggestions and questions.
  if (!proposal) return <WallNotes state={state} step={step} />;
  if (proposal.outcome) return <WallOutcome state={state} proposal={proposal} />;
  const round = roundOnWall(state, proposal);
  // The shown round's own objections carry their test on their tiles; earlier ones are listed.
  const earlier = testedObjections(state, proposal).filter((o) => o.round.id !== round?.id);
  return (
    <div className="wall-stack">
      <ProposalText proposal={proposal} />
      {round ? (
        <WallRound state={state} round={round} />
      ) : (
        <p className="wall-lead">{t("decisions.wall.waitingForRound")}</p>
      )}
      {earlier.length > 0 && (
        <section className="wall-panel" aria-labelledby="wall-tested">
          <h2 id="wall-tested">{t("decisions.wall.objectionsTested")}</h2>
          <ul className="wall-objections">
            {earlier.map(({ entry, round: raisedIn }) => (
              <li key={entry.id} className="wall-objection">
                <strong>
                  {entry.test && t(`decisions.objectionOutcomes.${entry.test.outcome}`)}
                </strong>
                {entry.integratedIn !== undefined &&
                  ` · ${t("decisions.integratedIn", { version: entry.integratedIn })}`}
                <p className="wall-objection-reason">
                  {t("decisions.record.objectionOn", { version: raisedIn.version })}: {entry.reason}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ProposalText({ proposal }: { proposal: Proposal }) {
  const { t } = useSessionT();
  const current = currentVersion(proposal);
  const previous = proposal.versions.at(-2);
  return (
    <section className="wall-proposal" aria-labelledby="wall-proposal">
      <p className="wall-eyebrow" id="wall-proposal">
        {t("decisions.wall.proposal")} · {t("decisions.version", { version: current.version })}
      </p>
      {previous ? (
        <VersionDiff segments={wordDiff(previous.text, current.text)} previous={previous.version} />
      ) : (
        <p className="wall-proposal-text">{current.text}</p>
      )}
      {proposal.rule.kind !== "consent" && (
        <p className="wall-rule-poll">
          <DecisionRuleText rule={proposal.rule} />
        </p>
      )}
    </section>
  );
}

/**
 * The end of a proposal: decided, with the wording that stands and how the last round went,
 * or postponed, with why.
 */
export function WallOutcome({ state, proposal }: { state: SessionState; proposal: Proposal }) {
  const { t } = useSessionT();
  const outcome = proposal.outcome;
  if (!outcome) return null;
  const version =
    outcome.kind === "decided"
      ? (proposal.versions.find((v) => v.version === outcome.version) ?? currentVersion(proposal))
      : currentVersion(proposal);
  return (
    <section
      className={`wall-outcome wall-outcome-${outcome.kind}`}
      aria-labelledby="wall-outcome"
      data-testid="wall-outcome"
    >
      <h2 id="wall-outcome" className="wall-outcome-label">
        {t(`decisions.outcome.${outcome.kind}`)}
      </h2>
      <p className="wall-eyebrow">{t("decisions.version", { version: version.version })}</p>
      <p className="wall-proposal-text">{version.text}</p>
      {outcome.kind === "decided" && outcome.rationale && (
        <p className="wall-lead">{outcome.rationale}</p>
      )}
      {outcome.kind === "postponed" && <p className="wall-lead">{outcome.reason}</p>}
      {outcome.kind === "decided" && (
        <PositionCounts
          entries={roundOnWall(state, proposal)?.entries ?? []}
          className="wall-counts"
        />
      )}
    </section>
  );
}
