import {
  activeProposal,
  activeProposalRound,
  isUntested,
  objectionsOf,
  type Proposal,
  seesIdentities,
} from "@samspel/core";
import { useTranslation } from "react-i18next";
import { CommandFormToggle } from "../../../forms/CommandForm";
import { latestProposal } from "../../../live/method-view";
import { contributionsOf } from "../../../live/view";
import { OutcomeNote } from "../consent/OutcomeNote";
import { ProposalCard } from "../consent/ProposalCard";
import { ContributionBoard } from "../LiveParts";
import { WriteForm } from "../WriteForm";
import { RoundAnswer } from "./RoundAnswer";
import type { StepProps } from "./step-props";

/** Decide: the proposal, the round the facilitator opened on it, and wording suggestions. */
export function DecideStep(props: StepProps) {
  const { t } = useTranslation();
  const { state, step, live, self } = props;
  const proposal = activeProposal(state);
  const round = activeProposalRound(state);
  const last = latestProposal(state);
  const seesNames = live.viewer ? seesIdentities(live.viewer, state.anonymity) : false;
  const suggestions = contributionsOf(state, step.id);
  return (
    <>
      {proposal ? (
        <>
          {/* The wording first: what one answers about stands above the answer. */}
          <ProposalCard state={state} proposal={proposal} />
          {round && <RoundAnswer {...props} round={round} seesNames={seesNames} />}
          <OwnObjections {...props} proposal={proposal} />
        </>
      ) : last?.outcome ? (
        <OutcomeNote proposal={last} withLink={false} />
      ) : (
        <p className="card">{t("consent.decide.waitingForProposal")}</p>
      )}
      {step.settings.contributionKinds.includes("suggestion") && (
        <WriteForm
          step={step}
          send={live.send}
          kinds={["suggestion"]}
          label={t("consent.decide.suggest")}
          hint={t("consent.decide.suggestHint")}
        />
      )}
      {suggestions.length > 0 && (
        <section className="stack" aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{t("consent.decide.suggestions")}</h2>
          <ContributionBoard state={state} contributions={suggestions} self={self} />
        </section>
      )}
    </>
  );
}

/** Objections this participant raised that the group has not tested: theirs to let go of. */
function OwnObjections({ state, live, self, proposal }: StepProps & { proposal: Proposal }) {
  const { t } = useTranslation();
  const own = objectionsOf(state, proposal).filter(
    (objection) => objection.entry.participantId === self && isUntested(objection),
  );
  if (own.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="own-objections-title">
      <h2 id="own-objections-title">{t("consent.withdraw.title")}</h2>
      <p className="muted">{t("consent.withdraw.hint")}</p>
      {own.map(({ round, entry }) => (
        <div key={entry.id} className="stack">
          <p className="entry-text">{entry.reason}</p>
          <CommandFormToggle
            send={live.send}
            openLabel={t("consent.withdraw.open")}
            label={t("consent.withdraw.note")}
            submitLabel={t("consent.withdraw.submit")}
            required={false}
            multiline
            maxLength={2000}
            toCommand={(note) => ({
              type: "proposal.withdraw_objection",
              payload: { roundId: round.id, entryId: entry.id, ...(note && { note }) },
            })}
          />
        </div>
      ))}
    </section>
  );
}
