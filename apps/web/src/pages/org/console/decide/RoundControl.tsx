import {
  activeProposalRound,
  decisiveRoundBlocker,
  type Proposal,
  type ProposalRoundKind,
} from "@samspel/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../../components/Alert";
import { RunButton } from "../../../../forms/RunButton";
import { useCommand } from "../../../../live/use-command";
import { RoundView } from "../../../live/consent/RoundView";
import type { PanelProps } from "../panel-props";

interface RoundControlProps extends PanelProps {
  proposal: Proposal;
  seesNames: boolean;
}

/**
 * The rounds of the consent process, one at a time: clarifying questions, reactions, then the
 * consent round (or the poll, under a poll rule). While one runs: who is still to answer and
 * each answer as it arrives.
 */
export function RoundControl({ state, live, proposal, seesNames }: RoundControlProps) {
  const { t } = useTranslation();
  const command = useCommand(live.send);
  const blockerId = useId();
  const round = activeProposalRound(state);
  const decisive: ProposalRoundKind = proposal.rule.kind === "consent" ? "consent" : "poll";
  const blocker = decisiveRoundBlocker(state, proposal);
  const startRound = (kind: ProposalRoundKind) =>
    ({ type: "proposal.start_round", payload: { proposalId: proposal.id, kind } }) as const;

  return (
    <section className="card stack" aria-labelledby="rounds-title" data-testid="round-control">
      <h2 id="rounds-title">{round ? t("consent.rounds.running") : t("consent.rounds.title")}</h2>
      {round ? (
        <>
          <RoundView state={state} round={round} seesNames={seesNames} />
          <div className="actions">
            <RunButton
              runner={command}
              command={{ type: "proposal.end_round", payload: { roundId: round.id } }}
              label={t("consent.rounds.end")}
            />
          </div>
        </>
      ) : (
        <>
          <p className="muted">{t("consent.rounds.hint")}</p>
          <div className="actions">
            {(["clarifying", "reactions"] as const).map((kind) => (
              <RunButton
                key={kind}
                runner={command}
                command={startRound(kind)}
                label={t(`consent.rounds.start.${kind}`)}
                tone="secondary"
              />
            ))}
            <button
              type="button"
              className="button button-primary"
              disabled={command.pending || blocker !== undefined}
              aria-describedby={blocker ? blockerId : undefined}
              onClick={() => void command.run(startRound(decisive))}
            >
              {t(`consent.rounds.start.${decisive}`)}
            </button>
          </div>
          {blocker && (
            <p id={blockerId} className="muted">
              {t(`consent.domainErrors.${blocker}`)}
            </p>
          )}
        </>
      )}
      {command.error && <ErrorAlert>{command.error}</ErrorAlert>}
    </section>
  );
}
