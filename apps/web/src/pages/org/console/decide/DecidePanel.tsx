import {
  activeProposal,
  activeProposalRound,
  type Proposal,
  roundsOf,
  seesIdentities,
} from "@samspel/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { latestProposal } from "../../../../live/method-view";
import { contributionsOf } from "../../../../live/view";
import { OutcomeNote } from "../../../live/consent/OutcomeNote";
import { ProposalCard } from "../../../live/consent/ProposalCard";
import { RoundView } from "../../../live/consent/RoundView";
import { ContributionBoard } from "../../../live/LiveParts";
import type { PanelProps, StepPanelProps } from "../panel-props";
import { AmendForm } from "./AmendForm";
import { CloseProposal } from "./CloseProposal";
import { DraftProposalForm } from "./DraftProposalForm";
import { ObjectionTests } from "./ObjectionTests";
import { RoundControl } from "./RoundControl";

/**
 * Decide: draft a proposal from the insights, run its rounds, test objections, amend, and end
 * with a decision or a postponement — each piece shown only when it can be used.
 */
export function DecidePanel({ state, live, step }: StepPanelProps) {
  const proposal = activeProposal(state);
  const last = latestProposal(state);
  const [wording, setWording] = useState<string | null>(null);
  // A facilitator may know who answered unless the session is fully anonymous.
  const seesNames = live.viewer ? seesIdentities(live.viewer, state.anonymity) : false;
  if (!proposal) {
    return (
      <>
        {last?.outcome && <OutcomeNote proposal={last} withLink />}
        <DraftProposalForm state={state} live={live} />
        <Suggestions state={state} live={live} step={step} />
      </>
    );
  }
  const roundRunning = activeProposalRound(state) !== undefined;
  return (
    <>
      <ProposalCard state={state} proposal={proposal} />
      <RoundControl state={state} live={live} proposal={proposal} seesNames={seesNames} />
      <ObjectionTests state={state} live={live} proposal={proposal} />
      {!roundRunning && (
        <AmendForm
          state={state}
          live={live}
          proposal={proposal}
          wording={wording}
          onWording={setWording}
        />
      )}
      <Suggestions
        state={state}
        live={live}
        step={step}
        onUse={roundRunning ? undefined : setWording}
      />
      <CloseProposal state={state} live={live} proposal={proposal} />
      <PastRounds state={state} proposal={proposal} seesNames={seesNames} />
    </>
  );
}

/** Wording suggestions and questions from participants, to take into a new version. */
function Suggestions({
  state,
  step,
  onUse,
}: StepPanelProps & { onUse?: ((text: string) => void) | undefined }) {
  const { t } = useTranslation();
  const suggestions = contributionsOf(state, step.id);
  return (
    <section className="card stack" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h2 id="suggestions-title">{t("consent.decide.suggestions")}</h2>
      <ContributionBoard
        state={state}
        contributions={suggestions}
        actions={
          onUse &&
          ((suggestion) =>
            suggestion.kind === "suggestion" &&
            suggestion.text !== undefined && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onUse(suggestion.text ?? "")}
              >
                {t("consent.decide.useSuggestion")}
              </button>
            ))
        }
      />
    </section>
  );
}

/** The rounds already held on this proposal, each with every answer: the trail, in the room. */
function PastRounds({
  state,
  proposal,
  seesNames,
}: Omit<PanelProps, "live"> & { proposal: Proposal; seesNames: boolean }) {
  const { t } = useTranslation();
  const ended = roundsOf(state, proposal).filter((round) => round.endedAt !== null);
  if (ended.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="past-rounds-title">
      <h2 id="past-rounds-title">{t("consent.rounds.past")}</h2>
      {ended.reverse().map((round) => (
        <details key={round.id} className="past-round">
          <summary>
            {t(`consent.roundKinds.${round.kind}`)} ·{" "}
            {t("consent.proposal.version", { version: round.version })} ·{" "}
            {t("consent.rounds.answers", { count: round.entries.length })}
          </summary>
          <RoundView state={state} round={round} seesNames={seesNames} />
        </details>
      ))}
    </section>
  );
}
